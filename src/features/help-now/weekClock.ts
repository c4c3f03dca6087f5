import type { LanguageCode } from '../../i18n/languages';

/**
 * Day names and clock times for "Closed — opens Tuesday at 18:00", written out for each language
 * the app offers instead of asked of the browser: the first date formatter a page makes loads the
 * browser's date data, a long task on a phone (#15), and Help now must say which lines are open
 * in its first render. The words are the Unicode CLDR's, as Intl gives them;
 * tests/features/weekClock.test.ts checks every day and every minute against Intl. Any other
 * language is still asked of the browser.
 */
const WEEKDAYS: Record<LanguageCode, readonly string[]> = {
  'en-GB': ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  cy: [
    'Dydd Sul',
    'Dydd Llun',
    'Dydd Mawrth',
    'Dydd Mercher',
    'Dydd Iau',
    'Dydd Gwener',
    'Dydd Sadwrn',
  ],
  pl: ['niedziela', 'poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota'],
  ro: ['duminică', 'luni', 'marți', 'miercuri', 'joi', 'vineri', 'sâmbătă'],
  ur: ['اتوار', 'پیر', 'منگل', 'بدھ', 'جمعرات', 'جمعہ', 'ہفتہ'],
  pa: ['ਐਤਵਾਰ', 'ਸੋਮਵਾਰ', 'ਮੰਗਲਵਾਰ', 'ਬੁੱਧਵਾਰ', 'ਵੀਰਵਾਰ', 'ਸ਼ੁੱਕਰਵਾਰ', 'ਸ਼ਨੀਵਾਰ'],
};

/** How each language writes a time of day: a 24-hour clock, or 12 hours with AM and PM. */
const CLOCK: Record<LanguageCode, '24' | '12'> = {
  'en-GB': '24',
  cy: '24',
  pl: '24',
  ro: '24',
  ur: '12',
  pa: '12',
};

const known = (language: string): language is LanguageCode => Object.hasOwn(WEEKDAYS, language);
const twoDigits = (value: number) => String(value).padStart(2, '0');

/** The name of a day of the week (0 is Sunday, as in Date#getDay). */
export function weekdayName(day: number, language: string): string {
  if (known(language)) return WEEKDAYS[language][day] ?? '';
  // 2023-01-01 was a Sunday.
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2023, 0, 1 + day, 12)),
  );
}

/** A time of day given as "HH:MM", written as the language writes it. */
export function clockTime(time: string, language: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  if (!known(language)) {
    return new Intl.DateTimeFormat(language, {
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(2023, 0, 1, hours, minutes)));
  }
  if (CLOCK[language] === '24') return `${twoDigits(hours)}:${twoDigits(minutes)}`;
  const twelve = hours % 12 === 0 ? 12 : hours % 12;
  return `${twoDigits(twelve)}:${twoDigits(minutes)} ${hours < 12 ? 'AM' : 'PM'}`;
}
