import type { ComponentPropsWithoutRef, MouseEvent } from 'react';
import { useStoreFact } from './useStore';
import { currentPath, navigate } from './router';

type LinkProps = ComponentPropsWithoutRef<'a'> & { href: string };

/** An ordinary link that changes screen without reloading; modified clicks behave as usual. */
export function Link({ href, onClick, children, ...rest }: LinkProps) {
  // Moving to another screen re-renders only the links whose answer changes.
  const isCurrent = useStoreFact(currentPath, (path) => path === href);
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a href={href} aria-current={isCurrent ? 'page' : undefined} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}
