import { describe, expect, it } from 'vitest';
import { isBritishSummerTime, ukMinuteOfWeek } from '../../src/domain/ukTime';

const DAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };
const zoneData = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
/** What the time-zone data says: minutes since Sunday midnight in Europe/London. */
function fromZoneData(at: Date): number {
  const parts = zoneData.formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return DAYS[part('weekday')]! * 1440 + Number(part('hour')) * 60 + Number(part('minute'));
}

describe('UK time from the rule in law', () => {
  it('agrees with the time-zone data from 1996 to 2045: each noon, and each hour of the weeks the clocks can change', () => {
    const HOUR = 60 * 60 * 1000;
    const moments: Date[] = [];
    for (let year = 1996; year <= 2045; year++) {
      for (
        let time = Date.UTC(year, 0, 1, 12);
        time < Date.UTC(year + 1, 0, 1);
        time += 24 * HOUR
      ) {
        moments.push(new Date(time));
      }
      for (const month of [2, 9]) {
        for (
          let time = Date.UTC(year, month, 20);
          time < Date.UTC(year, month + 1, 1);
          time += HOUR
        ) {
          moments.push(new Date(time - 60 * 1000), new Date(time));
        }
      }
    }
    const disagreements = moments
      .filter((at) => ukMinuteOfWeek(at) !== fromZoneData(at))
      .map((at) => at.toISOString());
    expect(disagreements).toEqual([]);
  });

  it('changes at 1am GMT on the last Sundays of March and October', () => {
    // 2027: clocks go forward on 28 March, back on 31 October.
    expect(isBritishSummerTime(new Date('2027-03-28T00:59:59Z'))).toBe(false);
    expect(isBritishSummerTime(new Date('2027-03-28T01:00:00Z'))).toBe(true);
    expect(isBritishSummerTime(new Date('2027-10-31T00:59:59Z'))).toBe(true);
    expect(isBritishSummerTime(new Date('2027-10-31T01:00:00Z'))).toBe(false);
  });

  it('counts minutes from Sunday midnight on the UK clock', () => {
    expect(ukMinuteOfWeek(new Date('2026-12-06T00:00:00Z'))).toBe(0); // Sunday 00:00 GMT
    expect(ukMinuteOfWeek(new Date('2026-07-04T23:30:00Z'))).toBe(30); // Sunday 00:30 BST
    expect(ukMinuteOfWeek(new Date('2026-12-01T18:00:00Z'))).toBe(2 * 1440 + 18 * 60); // Tuesday
  });
});
