import type { ComponentPropsWithoutRef, MouseEvent } from 'react';
import { useStore } from './useStore';
import { currentPath, navigate } from './router';

type LinkProps = ComponentPropsWithoutRef<'a'> & { href: string };

/** An ordinary link that changes screen without reloading; modified clicks behave as usual. */
export function Link({ href, onClick, children, ...rest }: LinkProps) {
  const path = useStore(currentPath);
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <a
      href={href}
      aria-current={path === href ? 'page' : undefined}
      onClick={handleClick}
      {...rest}
    >
      {children}
    </a>
  );
}
