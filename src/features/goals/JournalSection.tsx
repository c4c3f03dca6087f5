import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { today } from '../../domain/dates';
import { JOURNAL_KINDS, type JournalEntry, type JournalKind } from '../../domain/goals';
import { LONG_TEXT_MAX } from '../../domain/record';
import { journalRepository } from '../../db/repositories/goals';
import { announce } from '../../ui/announcer';
import { TextArea, TextField } from '../../ui/Field';
import { formatDay } from '../../ui/formatDate';
import { UndoBar } from '../../ui/UndoBar';
import { shownBySaveStatus } from '../../ui/failures';

const EMPTY = { kind: 'progress' as JournalKind, text: '', learned: '', tryNext: '' };

/** A dated record of progress, setbacks (as learning) and celebrations on one goal. */
export function JournalSection({ goalId }: { goalId: string }) {
  const { t, i18n } = useTranslation();
  const entries = useLiveQuery(() => journalRepository.listFor(goalId), [goalId], null);
  const [draft, setDraft] = useState(EMPTY);
  const [day, setDay] = useState(() => today());
  const [problem, setProblem] = useState<string | null>(null);
  const [removed, setRemoved] = useState<JournalEntry | null>(null);

  const kindLabel = (kind: JournalKind) => t(`journal.kinds.${kind}`);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.text.trim() && !draft.learned.trim() && !draft.tryNext.trim()) {
      setProblem(t('journal.needsText'));
      return;
    }
    setProblem(null);
    // A chosen day is kept at midday local time, so it stays that day in any time zone nearby.
    const at =
      day === today() ? new Date().toISOString() : new Date(`${day}T12:00:00`).toISOString();
    const saved = await journalRepository.add(goalId, draft, at).catch(() => null);
    if (!saved) return; // the app-wide save status explains, and the draft stays on screen
    setDraft(EMPTY);
    setDay(today());
    announce(t('journal.saved'));
  };

  const remove = async (entry: JournalEntry) => {
    const gone = await journalRepository.remove(entry.id).catch(shownBySaveStatus);
    if (gone) setRemoved(gone);
  };

  return (
    <section className="card stack" aria-labelledby="goal-journal">
      <h2 id="goal-journal">{t('journal.heading')}</h2>
      <p>{t('journal.intro')}</p>
      <form
        className="stack journal-form"
        onSubmit={(event) => void add(event)}
        aria-labelledby="journal-add"
      >
        <h3 id="journal-add">{t('journal.addHeading')}</h3>
        <fieldset className="choice-group">
          <legend className="field__label">{t('journal.kind')}</legend>
          <div className="choice-row">
            {JOURNAL_KINDS.map((kind) => (
              <label key={kind} className="choice">
                <input
                  type="radio"
                  name={`journal-kind-${goalId}`}
                  value={kind}
                  checked={draft.kind === kind}
                  onChange={() => setDraft({ ...draft, kind })}
                />
                <span>{kindLabel(kind)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <TextArea
          label={t('journal.text')}
          maxLength={LONG_TEXT_MAX}
          rows={3}
          value={draft.text}
          error={problem ?? undefined}
          onChange={(event) => setDraft({ ...draft, text: event.target.value })}
        />
        {draft.kind === 'setback' && (
          <>
            <TextArea
              label={t('journal.learned')}
              maxLength={LONG_TEXT_MAX}
              rows={2}
              value={draft.learned}
              onChange={(event) => setDraft({ ...draft, learned: event.target.value })}
            />
            <TextArea
              label={t('journal.tryNext')}
              maxLength={LONG_TEXT_MAX}
              rows={2}
              value={draft.tryNext}
              onChange={(event) => setDraft({ ...draft, tryNext: event.target.value })}
            />
          </>
        )}
        <TextField
          type="date"
          label={t('journal.date')}
          value={day}
          max={today()}
          required
          onChange={(event) => setDay(event.target.value || today())}
        />
        <div>
          <button type="submit" className="button button--primary">
            {t('journal.save')}
          </button>
        </div>
      </form>
      {removed && (
        <UndoBar
          message={t('journal.removed')}
          onUndo={() => {
            void journalRepository.restore(removed).catch(shownBySaveStatus);
            setRemoved(null);
          }}
          onDismiss={() => setRemoved(null)}
        />
      )}
      {entries && entries.length === 0 && <p className="empty-note">{t('journal.empty')}</p>}
      {entries && entries.length > 0 && (
        <ol className="journal" aria-label={t('journal.listLabel')}>
          {entries.map((entry) => {
            const date = formatDay(entry.at, i18n.language);
            return (
              <li key={entry.id} className={`journal__entry journal__entry--${entry.kind}`}>
                <h3>{t('journal.entryTitle', { kind: kindLabel(entry.kind), date })}</h3>
                {entry.text && <p className="preserve-lines">{entry.text}</p>}
                {entry.learned && (
                  <p className="preserve-lines">
                    <strong>{t('journal.learned')}:</strong> {entry.learned}
                  </p>
                )}
                {entry.tryNext && (
                  <p className="preserve-lines">
                    <strong>{t('journal.tryNext')}:</strong> {entry.tryNext}
                  </p>
                )}
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t('journal.remove', { kind: kindLabel(entry.kind), date })}
                  onClick={() => void remove(entry)}
                >
                  {t('journal.removeShort')}
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
