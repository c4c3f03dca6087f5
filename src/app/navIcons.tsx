import type { ReactNode } from 'react';

/** Simple line pictures for the phone's bar. Each sits beside its words, so it is hidden from
 * screen readers: the words name the link. */
const PATHS: Record<string, ReactNode> = {
  // A house: your plan, where everything starts.
  '/': <path d="M3.5 11 12 3.8l8.5 7.2M6 9.5V20h4.5v-5.5h3V20H18V9.5" />,
  // A flag on a pole: goals.
  '/goals': <path d="M6 21V3.5M6 4.5h11l-2.5 4 2.5 4H6" />,
  // A leaf: staying well.
  '/staying-well': <path d="M5 19C5 10.5 10.5 5 19.5 4.5 19.5 13.5 13.5 19 5 19Zm0 0 8.5-8.5" />,
  // A lifebuoy: the crisis plan.
  '/crisis-plan': (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <circle cx="12" cy="12" r="3.5" />
      <path d="m6 6 3.5 3.5m5 5L18 18m0-12-3.5 3.5m-5 5L6 18" />
    </>
  ),
  // Three lines: the menu.
  menu: <path d="M4 6.5h16M4 12h16M4 17.5h16" />,
};

export function NavIcon({ name }: { name: string }) {
  const picture = PATHS[name];
  if (!picture) return null;
  return (
    <svg
      className="app-nav__icon"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {picture}
    </svg>
  );
}
