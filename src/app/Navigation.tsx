import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../ui/Link';
import { currentPath } from '../ui/router';
import { useStore } from '../ui/useStore';
import { NavIcon } from './navIcons';
import { NAV_GROUPS, ROUTES, type NavGroup, type Route } from './routes';
import { useMediaQuery } from './useMediaQuery';

/*
 * The layouts, by width in em: larger text moves to the phone's layout sooner, as a narrower
 * window would. main.css uses the same widths (keep them in step).
 */
/** From this width, a side navigation listing every place. */
export const WIDE_QUERY = '(min-width: 60em)';
/** Below this width the phone's bar keeps only Your plan, the crisis plan and the menu. */
export const ROOMY_QUERY = '(min-width: 19em)';

interface Place {
  path: string;
  label: string;
  group?: NavGroup;
  bar?: Route['navBar'];
}

function usePlaces(): Place[] {
  const { t } = useTranslation();
  return ROUTES.filter((route) => route.navKey).map((route) => ({
    path: route.path,
    label: t(route.navKey!),
    group: route.navGroup,
    bar: route.navBar,
  }));
}

/**
 * The places in the plan: a side navigation listing every one on a wide screen; on a phone, a
 * bar at the foot of the screen with the places used most and a menu with the rest.
 */
export function Navigation() {
  const wide = useMediaQuery(WIDE_QUERY, true);
  const roomy = useMediaQuery(ROOMY_QUERY, true);
  // The side navigation sits below the top bar, and the phone's menu stops short of it.
  const header = useRef<Element | null>(null);
  useLayoutEffect(() => {
    header.current = document.querySelector('.app-bar');
  }, []);
  useBlockSizeProperty(header, '--app-bar-block-size');
  return wide ? <SideNavigation /> : <BarNavigation roomy={roomy} />;
}

/** The places not in any group first, then each group under its name. */
function PlaceGroups({ places, onFollow }: { places: Place[]; onFollow?: (href: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const ungrouped = places.filter((place) => !place.group);
  return (
    <>
      {ungrouped.length > 0 && <PlaceList places={ungrouped} onFollow={onFollow} />}
      {NAV_GROUPS.map((group) => {
        const inGroup = places.filter((place) => place.group === group);
        if (inGroup.length === 0) return null;
        return (
          <div key={group} className="app-nav__group">
            <p id={`${id}-${group}`} className="app-nav__group-name">
              {t(`nav.groups.${group}`)}
            </p>
            <PlaceList places={inGroup} labelledBy={`${id}-${group}`} onFollow={onFollow} />
          </div>
        );
      })}
    </>
  );
}

function PlaceList({
  places,
  labelledBy,
  onFollow,
}: {
  places: Place[];
  labelledBy?: string;
  onFollow?: (href: string) => void;
}) {
  return (
    <ul className="app-nav__list" aria-labelledby={labelledBy}>
      {places.map((place) => (
        <li key={place.path}>
          <Link href={place.path} className="app-nav__link" onClick={() => onFollow?.(place.path)}>
            {place.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function SideNavigation() {
  const { t } = useTranslation();
  const places = usePlaces();
  return (
    <nav aria-label={t('app.mainNav')} className="app-nav app-nav--side">
      <PlaceGroups places={places} />
    </nav>
  );
}

function BarNavigation({ roomy }: { roomy: boolean }) {
  const { t } = useTranslation();
  const places = usePlaces();
  const path = useStore(currentPath);
  const menuId = useId();
  const nav = useRef<HTMLElement>(null);
  const bar = useRef<HTMLUListElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  // The screen the menu was opened on: moving to another screen closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === path;

  useBlockSizeProperty(bar, '--app-nav-bar-block-size');
  useEffect(() => {
    if (open) panel.current?.querySelector('a')?.focus();
  }, [open]);

  const inBar = places.filter(
    (place) => place.bar === 'always' || (roomy && place.bar === 'roomy'),
  );
  const inMenu = places.filter((place) => !inBar.includes(place));
  const currentInMenu = inMenu.some((place) => place.path === path);

  const close = (returnFocus: boolean) => {
    setOpenOn(null);
    if (returnFocus) menuButton.current?.focus();
  };
  // While the menu is open, Escape closes it and moving on to anything outside the navigation
  // (Help now, the screen) closes it too.
  useEffect(() => {
    const element = nav.current;
    if (!open || !element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      setOpenOn(null);
      menuButton.current?.focus();
    };
    const onFocusOut = (event: FocusEvent) => {
      const next = event.relatedTarget;
      if (next instanceof Node && !element.contains(next)) setOpenOn(null);
    };
    element.addEventListener('keydown', onKeyDown);
    element.addEventListener('focusout', onFocusOut);
    return () => {
      element.removeEventListener('keydown', onKeyDown);
      element.removeEventListener('focusout', onFocusOut);
    };
  }, [open]);
  // Following a link to the screen already shown changes nothing else: the menu closes and
  // focus goes back to its button rather than being lost.
  const onFollow = (href: string) => {
    if (href === path) close(true);
  };

  return (
    <nav aria-label={t('app.mainNav')} className="app-nav app-nav--bar" ref={nav}>
      {open && <div className="app-menu__scrim" aria-hidden="true" onClick={() => close(true)} />}
      <ul className="app-nav__bar" ref={bar}>
        {inBar.map((place) => (
          <li key={place.path}>
            <Link href={place.path} className="app-nav__bar-item">
              <NavIcon name={place.path} />
              <span>{place.label}</span>
            </Link>
          </li>
        ))}
        <li>
          <button
            type="button"
            ref={menuButton}
            className="app-nav__bar-item app-nav__menu-button"
            aria-expanded={open}
            aria-controls={menuId}
            data-holds-current={currentInMenu || undefined}
            onClick={() => (open ? close(true) : setOpenOn(path))}
          >
            <NavIcon name="menu" />
            <span>{t('nav.menu')}</span>
          </button>
        </li>
      </ul>
      <div id={menuId} ref={panel} className="app-menu" hidden={!open}>
        <PlaceGroups places={inMenu} onFollow={onFollow} />
      </div>
    </nav>
  );
}

/**
 * Keeps a custom property on the root element at the element's height, so the page can leave
 * room for it (the bar at the foot) or sit below it (the side navigation under the top bar).
 */
function useBlockSizeProperty(element: { current: Element | null }, property: string): void {
  useLayoutEffect(() => {
    const target = element.current;
    const root = document.documentElement;
    if (!target) return;
    const set = (blockSize: number) => root.style.setProperty(property, `${blockSize}px`);
    if (typeof ResizeObserver !== 'function') {
      set(target.getBoundingClientRect().height);
      return () => root.style.removeProperty(property);
    }
    // The observer reports the size once the browser has laid the page out, before it paints
    // (first as soon as it watches). Measuring the element here, or in the report, would make
    // the browser lay out the whole new screen there and then, inside the render that made it:
    // a long task on a slow phone.
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      // Browsers from before 2022 report no border box: they measure as before.
      const [box] = (entry.borderBoxSize as readonly ResizeObserverSize[] | undefined) ?? [];
      set(box?.blockSize ?? target.getBoundingClientRect().height);
    });
    observer.observe(target);
    return () => {
      observer.disconnect();
      root.style.removeProperty(property);
    };
  }, [element, property]);
}
