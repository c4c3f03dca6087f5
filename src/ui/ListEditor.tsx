import './readView.css';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { announce } from './announcer';
import { ItemMenu } from './ItemMenu';
import { UndoBar } from './UndoBar';

interface Item {
  id: string;
}

/**
 * `R` is what a removal hands back for Undo: usually the item itself, but it may carry more
 * (a goal comes back with its steps and journal).
 */
export interface ListActions<T, R> {
  add(): Promise<T>;
  move(id: string, direction: -1 | 1): Promise<void>;
  remove(id: string): Promise<R | undefined>;
  restore(removed: R): Promise<void>;
}

export interface ListEditorProps<T extends Item, R = T> {
  /** null while loading. */
  items: T[] | null;
  /** The name a person would use for an item, e.g. its title or "Strength 2". */
  nameOf: (item: T, index: number) => string;
  renderItem: (item: T, name: string) => ReactNode;
  /** What the list does to its items; a list repository from db/ fits as it is. */
  actions: ListActions<T, R>;
  text: { listLabel: string; add: string; empty: string; removed: (name: string) => string };
  /** A class for the list itself, besides `list-editor`. */
  className?: string;
  /**
   * How an item reads when the person is not changing it. When given, each item opens as this
   * calm summary, with its form one deliberate tap ("Change") away, and moving and removing sit
   * in the item's own menu. Items added here open ready to write.
   */
  renderSummary?: (item: T, name: string) => ReactNode;
  /** "Change" sits in the item's menu too, for items whose summary has its own main action. */
  changeInMenu?: boolean;
  /** Stands in for the add button, for lists that ask for something before adding. */
  adder?: ReactNode;
}

/**
 * Add, arrange and remove items of a list the person keeps. Moving is by buttons, so it works
 * from the keyboard and with a screen reader; removing offers Undo.
 */
export function ListEditor<T extends Item, R = T>({
  items,
  nameOf,
  renderItem,
  actions,
  text,
  className,
  renderSummary,
  changeInMenu = false,
  adder,
}: ListEditorProps<T, R>) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  // Where focus should go once the list re-renders from the database after a change.
  // `from` is where focus was when the person acted: if they have gone on elsewhere before the
  // list re-renders, focus stays where they went.
  const focusTarget = useRef<{ id: string; control: string; from: Element | null } | null>(null);
  const [removed, setRemoved] = useState<{ id: string; token: R; name: string } | null>(null);
  // Items open as their form rather than their summary: those added or opened to change here.
  const [editing, setEditing] = useState<ReadonlySet<string>>(() => new Set());
  const setEditingOf = (id: string, on: boolean) =>
    setEditing((before) => {
      const next = new Set(before);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  // Focus follows the item the person is working on, across re-renders from the database.
  useEffect(() => {
    const wantedFocus = focusTarget.current;
    if (!wantedFocus || !items?.some((item) => item.id === wantedFocus.id)) return;
    const scope = listRef.current?.querySelector(`[data-item-id="${wantedFocus.id}"]`);
    const now = document.activeElement;
    if (now && now !== document.body && now !== wantedFocus.from && !scope?.contains(now)) {
      focusTarget.current = null;
      return;
    }
    const wanted = scope?.querySelector<HTMLElement>(wantedFocus.control);
    // A move to either end disables that button: stay on the other move button, never on Remove.
    // A button in a closed menu cannot take focus either.
    const usable = (el: HTMLElement | null | undefined) =>
      el && !(el as HTMLButtonElement).disabled && !el.closest('[hidden]') ? el : undefined;
    const target =
      usable(wanted) ??
      usable(scope?.querySelector<HTMLElement>('[data-control="up"]')) ??
      usable(scope?.querySelector<HTMLElement>('[data-control="down"]')) ??
      usable(scope?.querySelector<HTMLElement>('[data-control="remove"]')) ??
      scope?.querySelector<HTMLElement>('[data-control="edit"], [data-control="menu"] button');
    target?.focus();
    focusTarget.current = null;
  }, [items, editing]);
  const focusAfterChange = (id: string, control: string) => {
    focusTarget.current = { id, control, from: document.activeElement };
  };

  if (items === null) return null;

  // A failed write is explained by the app's save status (with Try again); here it only means
  // focus should not jump anywhere.
  const forgetFocus = () => {
    focusTarget.current = null;
  };

  const add = async () => {
    const item = await actions.add();
    if (renderSummary) setEditingOf(item.id, true);
    focusAfterChange(item.id, 'input, textarea, select');
  };

  const toggleEditing = (item: T) => {
    const on = !editing.has(item.id);
    focusAfterChange(
      item.id,
      on
        ? 'input, textarea, select'
        : changeInMenu
          ? '[data-control="menu"] button'
          : '[data-control="edit"]',
    );
    setEditingOf(item.id, on);
  };

  const move = async (item: T, index: number, direction: -1 | 1) => {
    focusAfterChange(item.id, `[data-control="${direction < 0 ? 'up' : 'down'}"]`);
    await actions.move(item.id, direction);
    const name = nameOf(item, index);
    const position = index + 1 + direction;
    announce(
      t(direction < 0 ? 'list.movedUp' : 'list.movedDown', { name, position, total: items.length }),
    );
  };

  const remove = async (item: T, index: number) => {
    const gone = await actions.remove(item.id);
    if (gone) setRemoved({ id: item.id, token: gone, name: nameOf(item, index) });
  };

  // The same words on every item's button: looked up once, not once per item.
  const removeShort = t('list.removeShort');

  const undo = async () => {
    if (!removed) return;
    focusAfterChange(removed.id, 'input, textarea, select, a');
    await actions.restore(removed.token);
    announce(t('list.restored', { name: removed.name }));
    setRemoved(null);
  };

  const dismissUndo = () => {
    setRemoved(null);
    addRef.current?.focus();
  };

  return (
    <>
      {items.length === 0 ? (
        <p className="empty-note">{text.empty}</p>
      ) : (
        <ol
          ref={listRef}
          className={className ? `list-editor ${className}` : 'list-editor'}
          aria-label={text.listLabel}
        >
          {items.map((item, index) => {
            const name = nameOf(item, index);
            const moveButtons = (
              <>
                <button
                  type="button"
                  className="button button--quiet"
                  data-control="up"
                  disabled={index === 0}
                  onClick={() => void move(item, index, -1).catch(forgetFocus)}
                  aria-label={t('list.moveUp', { name })}
                >
                  <span aria-hidden="true">↑</span>
                  {renderSummary && <span aria-hidden="true"> {t('list.moveUpShort')}</span>}
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  data-control="down"
                  disabled={index === items.length - 1}
                  onClick={() => void move(item, index, 1).catch(forgetFocus)}
                  aria-label={t('list.moveDown', { name })}
                >
                  <span aria-hidden="true">↓</span>
                  {renderSummary && <span aria-hidden="true"> {t('list.moveDownShort')}</span>}
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  data-control="remove"
                  onClick={() => void remove(item, index).catch(forgetFocus)}
                  aria-label={t('list.remove', { name })}
                >
                  {removeShort}
                </button>
              </>
            );
            if (!renderSummary) {
              return (
                <li key={item.id} data-item-id={item.id} className="list-editor__item card">
                  {renderItem(item, name)}
                  <div className="list-editor__controls">{moveButtons}</div>
                </li>
              );
            }
            const open = editing.has(item.id);
            const changeButton = (
              <button
                type="button"
                className={open ? 'button button--primary' : 'button'}
                data-control="edit"
                aria-label={t(open ? 'list.done' : 'list.change', { name })}
                onClick={() => toggleEditing(item)}
              >
                {open ? t('list.doneShort') : t('list.changeShort')}
              </button>
            );
            return (
              <li
                key={item.id}
                data-item-id={item.id}
                className="list-editor__item list-editor__item--read card"
              >
                {open ? (
                  renderItem(item, name)
                ) : (
                  <div role="group" aria-label={name} className="list-editor__summary">
                    {renderSummary(item, name)}
                  </div>
                )}
                <div className="list-editor__controls">
                  {(open || !changeInMenu) && changeButton}
                  <div data-control="menu">
                    {/* Keyed by the item's state: choosing "Change" in the menu closes it, as a
                        menu does once something in it is chosen. */}
                    <ItemMenu
                      key={open ? 'changing' : 'reading'}
                      short={t('list.menuShort')}
                      label={t('list.menu', { name })}
                    >
                      {changeInMenu && !open && (
                        <button
                          type="button"
                          className="button button--quiet"
                          data-control="edit"
                          aria-label={t('list.change', { name })}
                          onClick={() => toggleEditing(item)}
                        >
                          {t('list.changeShort')}
                        </button>
                      )}
                      {moveButtons}
                    </ItemMenu>
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {removed && (
        <UndoBar
          message={text.removed(removed.name)}
          onUndo={() => void undo().catch(forgetFocus)}
          onDismiss={dismissUndo}
        />
      )}
      {adder ?? (
        <button
          ref={addRef}
          type="button"
          className="button button--primary"
          onClick={() => void add().catch(forgetFocus)}
        >
          {text.add}
        </button>
      )}
    </>
  );
}
