import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HELP_LINES, NATIONS, type Nation } from '../../domain/helpLines';
import { newId } from '../../domain/record';
import type { Settings } from '../../domain/settings';
import { updateSettings } from '../../db/repositories/settings';
import { announce } from '../../ui/announcer';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { shownBySaveStatus } from '../../ui/failures';
import { SelectField, TextField } from '../../ui/Field';
import { PhoneField } from '../../ui/PhoneField';
import { PhoneNumber } from '../../ui/PhoneNumber';

const EMPTY = { name: '', phone: '', notes: '' };

/** Where the person lives, which help lines Help now shows, and lines of their own. */
export function HelpLinesSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(EMPTY);
  const [problem, setProblem] = useState<string | null>(null);
  const save = (patch: Partial<Settings>) => void updateSettings(patch).catch(shownBySaveStatus);
  const hideable = HELP_LINES.filter((line) => !line.emergency);

  const addLine = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.name.trim() || !draft.phone.trim()) {
      setProblem(t('settings.lineNeedsName'));
      return;
    }
    setProblem(null);
    const line = {
      id: newId(),
      name: draft.name.trim(),
      phone: draft.phone.trim(),
      notes: draft.notes.trim(),
    };
    await updateSettings({ ownHelpLines: [...settings.ownHelpLines, line] }).catch(
      shownBySaveStatus,
    );
    setDraft(EMPTY);
    announce(t('settings.lineAdded', { name: line.name }));
  };

  return (
    <section aria-labelledby="settings-help" className="card stack">
      <h2 id="settings-help">{t('settings.helpHeading')}</h2>
      <p>{t('settings.helpIntro')}</p>
      <SelectField
        label={t('settings.nation')}
        value={settings.nation}
        options={[
          { value: '', label: t('nations.notChosen') },
          ...NATIONS.map((nation) => ({ value: nation, label: t(`nations.${nation}`) })),
        ]}
        onChange={(event) => save({ nation: event.target.value as Nation | '' })}
      />
      <CheckboxGroup
        legend={t('settings.linesLegend')}
        emptyText=""
        choices={hideable.map((line) => ({ value: line.id, label: line.name }))}
        selected={hideable
          .map((line) => line.id)
          .filter((id) => !settings.hiddenHelpLines.includes(id))}
        onChange={(shown) =>
          save({
            hiddenHelpLines: hideable.map((line) => line.id).filter((id) => !shown.includes(id)),
          })
        }
      />
      <h3>{t('settings.ownLinesHeading')}</h3>
      {settings.ownHelpLines.length === 0 ? (
        <p className="empty-note">{t('settings.ownLinesEmpty')}</p>
      ) : (
        <ul className="help-now__list">
          {settings.ownHelpLines.map((line) => (
            <li key={line.id} className="help-now__item">
              <p className="help-now__name">{line.name}</p>
              <p>
                <PhoneNumber number={line.phone} />
              </p>
              {line.notes && <p>{line.notes}</p>}
              <button
                type="button"
                className="button button--quiet"
                onClick={() => {
                  save({ ownHelpLines: settings.ownHelpLines.filter((own) => own.id !== line.id) });
                  announce(t('settings.lineRemoved', { name: line.name }));
                }}
              >
                {t('settings.removeLine', { name: line.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="stack"
        onSubmit={(event) => void addLine(event)}
        aria-labelledby="settings-add-line"
      >
        <h3 id="settings-add-line">{t('settings.addLineHeading')}</h3>
        <TextField
          label={t('settings.lineName')}
          value={draft.name}
          maxLength={500}
          error={problem ?? undefined}
          onChange={(event) => setDraft({ ...draft, name: event.target.value })}
        />
        <PhoneField
          label={t('settings.linePhone')}
          phone={draft.phone}
          value={draft.phone}
          maxLength={40}
          onChange={(event) => setDraft({ ...draft, phone: event.target.value })}
        />
        <TextField
          label={t('settings.lineNotes')}
          value={draft.notes}
          maxLength={500}
          onChange={(event) => setDraft({ ...draft, notes: event.target.value })}
        />
        <div>
          <button type="submit" className="button button--primary">
            {t('settings.addLine')}
          </button>
        </div>
      </form>
    </section>
  );
}
