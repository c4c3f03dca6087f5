import { useId, useRef, useState, type ReactNode } from 'react';

interface ItemMenuProps {
  /** Visible words on the button, e.g. "More". */
  short: string;
  /** Its accessible name, unique to the item, e.g. "More for Sam". */
  label: string;
  children: ReactNode;
}

/**
 * A disclosure that keeps an item's less common actions (change, move, remove) one tap away,
 * so the item itself reads calmly. Escape closes it and puts focus back on its button.
 */
export function ItemMenu({ short, label, children }: ItemMenuProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  return (
    // Escape from any of its buttons closes the menu.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- keys bubble up from its buttons
    <div
      className="item-menu"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="button button--quiet item-menu__button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={label}
        onClick={() => setOpen(!open)}
      >
        {short}{' '}
        <span aria-hidden="true" className="item-menu__arrow">
          {open ? '▴' : '▾'}
        </span>
      </button>
      <div id={id} className="item-menu__panel" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
