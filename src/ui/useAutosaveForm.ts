/**
 * A react-hook-form form that saves each field as the person types: no Save button to forget.
 * Inputs stay uncontrolled after the first render so a save never moves the caret, and each
 * change writes only the field that changed (no work proportional to the size of the plan).
 *
 * The form also keeps up with other tabs. `stored` is what the database holds now (screens pass
 * it from a live query on every render). For each field the form remembers its base: the stored
 * value it last agreed with.
 * - A field the person has not changed since its base follows the stored value as it changes.
 * - A save says what it started from, and the write path compares that with what is stored in
 *   the same transaction (lib/writeGuard.ts). When another tab changed the field meanwhile,
 *   nothing is overwritten: both versions are shown and the person chooses which to keep.
 */
import { useEffect, useRef, useState } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type PathValue,
  type UseFormRegister,
} from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod/mini';
import { sameValue } from '../lib/sameValue';
import { formatList } from './formatList';
import {
  closeConflict,
  forgetUnsaved,
  isWriteConflict,
  keepUnsaved,
  newConflictId,
  showConflict,
  withWriteGuard,
  type WriteGuard,
} from '../lib/writeGuard';

type Values = Record<string, unknown>;

/** What the form knows about one field beyond its value. */
interface FieldSync {
  /** The stored value the form last agreed with. */
  base: unknown;
  /** Values sent to be saved since then, oldest first. */
  sent: unknown[];
  /**
   * What the database held before the base, oldest first, as far as this form knows: earlier
   * bases and its own values, written or superseded. A live query that began before the form's
   * latest write can still deliver one of them after that write; it is old news, not another
   * tab's change. Emptied once a read shows a value newer than all of them.
   */
  older: unknown[];
  /** The choice waiting for the person, while another tab's version differs from theirs. */
  conflict?: { id: number; mine: unknown; theirs: unknown };
  /** The record this field's saves reach, once one has. */
  target?: { table: string; key: string };
}

/** How a value reads to the person, for showing two versions side by side. */
function describe(value: unknown, element: Element | undefined): string {
  if (element instanceof HTMLSelectElement) {
    const option = [...element.options].find((each) => each.value === value);
    if (option) return option.text;
  }
  if (Array.isArray(value)) {
    return formatList(value.map(String), document.documentElement.lang || 'en-GB');
  }
  return value === undefined || value === null ? '' : String(value);
}

/** The field's name as the person sees it, with the item it belongs to when in a list. */
function labelOf(element: Element | undefined, fallback: string): string {
  const label =
    element && 'labels' in element
      ? (element as HTMLInputElement).labels?.[0]?.textContent?.trim()
      : undefined;
  const legend = element?.closest('fieldset')?.querySelector('legend')?.textContent?.trim();
  const name = label || fallback;
  return legend ? `${legend}: ${name}` : name;
}

export function useAutosaveForm<
  S extends z.ZodMiniObject,
  V extends FieldValues = z.infer<S> & FieldValues,
>(schema: S, stored: V, save: (patch: Partial<V>) => Promise<unknown>) {
  const form = useForm<V>({
    // The resolver's types follow zod's input type; our fields have defaults so input ≈ output.
    resolver: zodResolver(schema as never),
    defaultValues: stored as DefaultValues<V>,
    mode: 'onChange',
  });
  const { subscribe, getValues, setValue } = form;

  // Plain mutable state outside React's: it never decides what is rendered.
  const [fields] = useState(
    () =>
      new Map<string, FieldSync>(
        Object.keys(schema.shape).map((name) => [
          name,
          { base: (stored as Values)[name], sent: [], older: [] },
        ]),
      ),
  );
  const [formId] = useState(() => crypto.randomUUID());
  const elements = useRef(new Map<string, Element>());
  // The latest save and stored values, for callbacks made after this render.
  const latest = useRef({ save, stored });
  useEffect(() => {
    latest.current = { save, stored };
  });

  const fieldSync = (name: string): FieldSync => {
    let found = fields.get(name);
    if (!found) {
      found = { base: undefined, sent: [], older: [] };
      fields.set(name, found);
    }
    return found;
  };

  /** The stored value as the field's schema reads it (so a missing field reads as its default). */
  const normal = (name: string, value: unknown) => {
    const fieldSchema = schema.shape[name] as z.ZodMiniType | undefined;
    const parsed = fieldSchema?.safeParse(value);
    return parsed?.success ? parsed.data : value;
  };

  const put = (name: string, value: unknown) =>
    setValue(name as Path<V>, value as PathValue<V, Path<V>>, { shouldValidate: true });

  const resolved = (name: string, base: unknown) => {
    const field = fieldSync(name);
    if (field.conflict) closeConflict(field.conflict.id);
    field.conflict = undefined;
    field.base = base;
    field.sent = [];
    field.older = [];
  };

  // openConflict and writeField call each other, only ever after both are defined.
  const openConflict = (name: string, mine: unknown, theirs: unknown) => {
    const field = fieldSync(name);
    const id = field.conflict?.id ?? newConflictId();
    field.conflict = { id, mine, theirs };
    const element = elements.current.get(name);
    const fieldSchema = schema.shape[name] as z.ZodMiniType | undefined;
    const joined =
      typeof mine === 'string' && typeof theirs === 'string' && mine && theirs
        ? `${mine}\n\n${theirs}`
        : undefined;
    const canJoin =
      joined !== undefined &&
      element instanceof HTMLTextAreaElement &&
      fieldSchema?.safeParse(joined).success === true;
    showConflict({
      id,
      label: labelOf(element, name),
      mine: describe(mine, element),
      theirs: describe(theirs, element),
      keepMine: () => {
        const now = fieldSync(name).conflict;
        if (!now) return;
        // What the other tab stored becomes the base, so this write may replace it.
        resolved(name, now.theirs);
        writeField(name, now.mine);
      },
      useTheirs: () => {
        const now = fieldSync(name).conflict;
        if (!now) return;
        resolved(name, now.theirs);
        put(name, now.theirs);
      },
      keepBoth: canJoin
        ? () => {
            const now = fieldSync(name).conflict;
            if (!now) return;
            const both = `${String(now.mine)}\n\n${String(now.theirs)}`;
            resolved(name, now.theirs);
            put(name, both);
            writeField(name, both);
          }
        : undefined,
    });
  };

  const writeField = (name: string, value: unknown) => {
    const field = fieldSync(name);
    if (field.conflict) {
      // Still waiting for the person to choose: keep their newest words for "keep mine".
      openConflict(name, value, field.conflict.theirs);
      return;
    }
    field.sent.push(value);
    const guard: WriteGuard = {
      values: { [name]: value },
      mayOverwrite: (fieldName, storedValue) => {
        const now = fieldSync(fieldName);
        const found = normal(fieldName, storedValue);
        return (
          sameValue(found, now.base) ||
          sameValue(found, value) ||
          now.sent.some((sent) => sameValue(found, sent))
        );
      },
      written: () => {
        const now = fieldSync(name);
        const at = now.sent.indexOf(value);
        // The old base and the values this write superseded were stored before it, or never.
        now.older.push(now.base, ...now.sent.slice(0, at));
        now.base = value;
        now.sent = now.sent.slice(at + 1);
        if (now.sent.length === 0) forgetUnsaved(`${formId}:${name}`);
      },
      located: (table, key) => {
        fieldSync(name).target = { table, key };
      },
    };
    const patch = { [name]: value } as unknown as Partial<V>;
    withWriteGuard(guard, () => latest.current.save(patch)).catch((error: unknown) => {
      // Any other failure is shown by the app-wide save status, which offers to try again.
      if (!isWriteConflict(error) || !(name in error.theirs)) return;
      const theirs = normal(name, error.theirs[name]);
      fieldSync(name).sent = [];
      openConflict(name, getValues(name as Path<V>), theirs);
    });
  };

  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values, name, type }) => {
          if (!name || type !== 'change') return;
          const fieldSchema = schema.shape[name] as z.ZodMiniType | undefined;
          const value = values[name as Path<V>];
          if (!fieldSchema?.safeParse(value).success) return; // the field shows why
          writeField(name, value);
        },
      }),
    // writeField reads everything it needs through refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [subscribe, schema],
  );

  // Keep up with what is stored: follow it where the person has not changed the field.
  useEffect(() => {
    for (const name of Object.keys(schema.shape)) {
      const field = fieldSync(name);
      const now = (stored as Values)[name];
      // A read that began before this form's latest write (it may show again on later renders,
      // and only newer reads can follow it).
      const stale = field.older.findIndex((older) => sameValue(older, now));
      if (stale >= 0) {
        field.older = field.older.slice(stale);
        continue;
      }
      // Anything else is at least as new as every value this form knows was stored before.
      field.older = [];
      if (sameValue(now, field.base)) continue;
      const current = getValues(name as Path<V>) as unknown;
      if (field.conflict) {
        if (sameValue(now, field.conflict.mine)) resolved(name, now);
        else openConflict(name, field.conflict.mine, now);
      } else if (sameValue(now, current)) {
        resolved(name, now);
      } else if (field.sent.some((sent) => sameValue(sent, now))) {
        // One of this form's own saves landing; the base moves once it is written.
      } else if (sameValue(current, field.base)) {
        resolved(name, now);
        put(name, now);
      } else if (field.sent.length === 0) {
        // Changed here and elsewhere, with no save of ours on its way to notice: ask now.
        openConflict(name, current, now);
      }
    }
  });

  // When the page is hidden or closed, words still on their way are kept where a closing page
  // can still write at once; the next tab to open stores them (see lib/writeGuard.ts).
  useEffect(() => {
    const keep = () => {
      for (const [name, field] of fields) {
        const latestSent = field.sent.at(-1);
        if (field.sent.length === 0 || !field.target) continue;
        keepUnsaved(`${formId}:${name}`, {
          ...field.target,
          field: name,
          value: latestSent,
          // A write of this form's may have landed as the page went, unconfirmed.
          over: [field.base, ...field.sent],
        });
      }
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') keep();
    };
    window.addEventListener('pagehide', keep);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', keep);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [fields, formId]);

  // A choice still open when the form goes (the item was removed, or the person moved on)
  // stays in the app's list: "keep mine" still saves, through the same save.

  const register = ((name, options) => {
    const registered = form.register(name, options);
    return {
      ...registered,
      ref: (element: Element | null) => {
        registered.ref(element);
        if (element) elements.current.set(name, element);
      },
    };
  }) as UseFormRegister<V>;

  return { ...form, register };
}
