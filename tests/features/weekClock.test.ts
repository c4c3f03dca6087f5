import { describe, expect, it } from 'vitest';
import { clockTime, weekdayName } from '../../src/features/help-now/weekClock';
import { LANGUAGES } from '../../src/i18n/languages';

const intlWeekday = (day: number, language: string) =>
  new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2023, 0, 1 + day, 12)),
  );
const clocks = new Map<string, Intl.DateTimeFormat>();
const intlClock = (hours: number, minutes: number, language: string) => {
  let clock = clocks.get(language);
  if (!clock) {
    clock = new Intl.DateTimeFormat(language, {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'UTC',
    });
    clocks.set(language, clock);
  }
  return clock.format(new Date(Date.UTC(2023, 0, 1, hours, minutes)));
};
const hhmm = (hours: number, minutes: number) =>
  `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;

describe('day names and clock times for Help now, without the browser’s date data', () => {
  it.each(LANGUAGES.map((language) => language.code))(
    'writes every day and every minute as Intl does in %s',
    (language) => {
      for (let day = 0; day < 7; day++) {
        expect(weekdayName(day, language)).toBe(intlWeekday(day, language));
      }
      const wrong: string[] = [];
      for (let hours = 0; hours < 24; hours++) {
        for (let minutes = 0; minutes < 60; minutes++) {
          const written = clockTime(hhmm(hours, minutes), language);
          if (written !== intlClock(hours, minutes, language)) wrong.push(written);
        }
      }
      expect(wrong).toEqual([]);
    },
  );

  it('asks the browser for a language it does not know', () => {
    expect(weekdayName(1, 'fr')).toBe('lundi');
    expect(clockTime('18:00', 'fr')).toBe(intlClock(18, 0, 'fr'));
  });
});
