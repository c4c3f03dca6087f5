import type {
  ComponentPropsWithoutRef,
  FocusEvent,
  MouseEvent,
  PointerEvent,
  TouchEvent,
} from 'react';
import { useStoreFact } from './useStore';
import { currentPath, navigate } from './router';

type LinkProps = ComponentPropsWithoutRef<'a'> & { href: string };

/** Fetches what a link leads to; resolves when it is here (or could not be fetched). */
type Prefetch = (href: string) => Promise<unknown>;

let prefetch: Prefetch | undefined;
/** How long a click waits for the next screen's code before showing "Loading…" instead. */
export const CLICK_WAIT_MS = 1000;
/** Counts clicks, so that only the latest one moves, however quickly its screen arrives. */
let clicks = 0;

/**
 * Lets the app fetch a screen's code as soon as someone shows they may go there: a pointer over
 * a link, a finger on it, the keyboard's focus on it. A click then waits (at most CLICK_WAIT_MS)
 * for that code, so the next screen appears whole instead of after a "Loading…" flash.
 * Without one (as in tests), links move at once.
 */
export function prefetchOnIntent(handler: Prefetch | undefined): void {
  prefetch = handler;
}

/** An ordinary link that changes screen without reloading; modified clicks behave as usual. */
export function Link({
  href,
  onClick,
  onPointerEnter,
  onFocus,
  onTouchStart,
  children,
  ...rest
}: LinkProps) {
  // Moving to another screen re-renders only the links whose answer changes.
  const isCurrent = useStoreFact(currentPath, (path) => path === href);
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (!prefetch) return navigate(href);
    const click = ++clicks;
    // A later click on another link has taken over: this one no longer moves.
    const go = () => {
      if (click === clicks) navigate(href);
    };
    void Promise.race([
      prefetch(href),
      new Promise((resolve) => setTimeout(resolve, CLICK_WAIT_MS)),
    ]).then(go, go);
  };
  const intend = () => void prefetch?.(href);
  return (
    <a
      href={href}
      aria-current={isCurrent ? 'page' : undefined}
      onClick={handleClick}
      onPointerEnter={(event: PointerEvent<HTMLAnchorElement>) => {
        onPointerEnter?.(event);
        intend();
      }}
      onFocus={(event: FocusEvent<HTMLAnchorElement>) => {
        onFocus?.(event);
        intend();
      }}
      onTouchStart={(event: TouchEvent<HTMLAnchorElement>) => {
        onTouchStart?.(event);
        intend();
      }}
      {...rest}
    >
      {children}
    </a>
  );
}
