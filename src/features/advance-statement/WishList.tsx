import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WISHES_MAX, emptyWish, statementFields, type Wish } from '../../domain/advanceStatement';
import { LONG_TEXT_MAX, newId } from '../../domain/record';
import { TextArea } from '../../ui/Field';
import { ListEditor, type ListActions } from '../../ui/ListEditor';

export type WishKind = 'wanted' | 'notWanted';

/** What a removal hands back, so Undo can put the wish back where it was. */
interface Removed {
  wish: Wish;
  index: number;
}

/**
 * Treatments and care the person would (or would not) like, each with their reason: added,
 * arranged and removed (with Undo) like any other list. The list lives in the draft, so it is
 * kept here as typed and the whole of it saved on each change (it is small): what is stored
 * always matches the screen, however quickly the person moves between wishes.
 */
export function WishList({
  kind,
  initial,
  onSave,
}: {
  kind: WishKind;
  initial: readonly Wish[];
  /** Saves the whole list; a failure is for the app-wide save status to show. */
  onSave: (wishes: Wish[]) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const [wishes, setWishes] = useState<Wish[]>(() => [...initial]);
  // The latest list, so quick changes in a row each build on the one before.
  const current = useRef(wishes);
  const words = (key: string, options?: Record<string, unknown>) =>
    t(`advance.wishes.${kind}.${key}`, options);

  const fits = (next: Wish[]) => statementFields.shape[kind].safeParse(next).success;
  const commit = (next: Wish[], save = true) => {
    current.current = next;
    setWishes(next);
    return save && fits(next) ? onSave(next) : Promise.resolve();
  };
  const edit = (id: string, patch: Partial<Wish>) =>
    void commit(current.current.map((wish) => (wish.id === id ? { ...wish, ...patch } : wish)));

  const actions: ListActions<Wish, Removed> = {
    async add() {
      const wish = emptyWish(newId());
      const before = current.current;
      if (!fits([...before, wish])) throw new RangeError('No room for another wish.');
      // Saved before it is shown, as in any list kept in the database; that also lets the list
      // editor know which wish to focus before the new one appears.
      await onSave([...before, wish]);
      await commit([...current.current, wish], current.current !== before);
      return wish;
    },
    async move(id, direction) {
      const next = [...current.current];
      const from = next.findIndex((wish) => wish.id === id);
      const to = from + direction;
      if (from < 0 || to < 0 || to >= next.length) return;
      [next[from], next[to]] = [next[to]!, next[from]!];
      await commit(next);
    },
    async remove(id) {
      const index = current.current.findIndex((wish) => wish.id === id);
      const wish = current.current[index];
      if (!wish) return undefined;
      await commit(current.current.filter((other) => other !== wish));
      return { wish, index };
    },
    async restore({ wish, index }) {
      const next = [...current.current];
      next.splice(Math.min(index, next.length), 0, wish);
      await commit(next);
    },
  };

  return (
    <section className="stack statement-part" aria-labelledby={headingId}>
      <h3 id={headingId}>{words('heading')}</h3>
      <p className="muted">{words('intro')}</p>
      <ListEditor
        items={wishes}
        nameOf={(wish, index) => wish.what.trim() || words('itemName', { position: index + 1 })}
        renderItem={(wish, name) => (
          <fieldset className="stack">
            <legend>{name}</legend>
            <TextArea
              label={words('what')}
              rows={2}
              maxLength={LONG_TEXT_MAX}
              value={wish.what}
              onChange={(event) => edit(wish.id, { what: event.target.value })}
            />
            <TextArea
              label={t('advance.wishes.why')}
              rows={2}
              maxLength={LONG_TEXT_MAX}
              value={wish.why}
              onChange={(event) => edit(wish.id, { why: event.target.value })}
            />
          </fieldset>
        )}
        actions={actions}
        text={{
          listLabel: words('heading'),
          add: words('add'),
          empty: t('advance.wishes.empty'),
          removed: (name) => t('advance.wishes.removed', { name }),
        }}
      />
      {wishes.length >= WISHES_MAX && (
        <p className="muted">{t('advance.wishes.full', { max: WISHES_MAX })}</p>
      )}
    </section>
  );
}
