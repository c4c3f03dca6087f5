/**
 * The time in the UK, worked out from the rule in law rather than from the browser's time-zone
 * data. Asking the browser (Intl.DateTimeFormat with Europe/London) is correct but slow the first
 * time on a page: it loads the browser's date data, a long task of its own on a phone (#15), and
 * Help now needs the answer in its first render. The rule is simple and has held since 1996:
 *
 * British Summer Time starts on the last Sunday in March and ends on the last Sunday in October;
 * in spring the clocks go forward at 1.00 am GMT, in autumn back at 2.00 am BST (1.00 am GMT) —
 * nidirect.gov.uk, "Remember to put clocks back this weekend" (the Summer Time Order 2002),
 * checked 2026-12-02. tests/domain/ukTime.test.ts compares it with the time-zone data
 * (Europe/London) at every noon from 1996 to 2045 and every hour of the weeks the clocks can
 * change, so a change in the law shows up as a failing test once the data knows of it. Hazard H1.
 */

const HOUR_MS = 60 * 60 * 1000;
const DAY_MINUTES = 24 * 60;

/** The date (day of the month) of the last Sunday of a month, month counted from 0. */
function lastSunday(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return lastDay.getUTCDate() - lastDay.getUTCDay();
}

/** Whether the UK is on summer time (GMT + 1) at a moment. */
export function isBritishSummerTime(at: Date): boolean {
  const year = at.getUTCFullYear();
  const starts = Date.UTC(year, 2, lastSunday(year, 2), 1);
  const ends = Date.UTC(year, 9, lastSunday(year, 9), 1);
  const time = at.getTime();
  return time >= starts && time < ends;
}

/** The UK's wall clock at a moment, as a Date whose UTC fields read as UK local time. */
function ukWallClock(at: Date): Date {
  return new Date(at.getTime() + (isBritishSummerTime(at) ? HOUR_MS : 0));
}

/** Minutes since Sunday midnight, in UK time. */
export function ukMinuteOfWeek(at: Date): number {
  const clock = ukWallClock(at);
  return clock.getUTCDay() * DAY_MINUTES + clock.getUTCHours() * 60 + clock.getUTCMinutes();
}
