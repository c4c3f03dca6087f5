import './print.css';
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { VIEW_PARTS, toPlanView, type ViewPart } from '../../domain/planView';
import { today as localDay } from '../../domain/dates';
import { readPlan } from '../../db/planStore';
import { getSettings } from '../../db/repositories/settings';
import { announce } from '../../ui/announcer';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { Link } from '../../ui/Link';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { shownHelpLines } from './documentParts';
import { planViewToMarkdown } from './markdown';
import { PlanDocument } from './PlanDocument';
import { PrintPreview } from './PrintedDocument';

/**
 * Print the plan, or chosen parts of it: the person ticks parts, sees exactly what will be
 * printed, and prints (the browser's "Save as PDF" makes a file). The same parts can be copied or
 * saved as plain text. Both end with the help lines for where the person lives. Nothing is stored
 * or sent.
 */
export function PrintScreen() {
  const { t, i18n } = useTranslation();
  const plan = useLiveQuery(readPlan, [], null);
  const settings = useLiveQuery(getSettings, [], null);
  const [parts, setParts] = useState<ViewPart[]>([...VIEW_PARTS]);
  const [message, setMessage] = useState('');
  const today = useMemo(() => localDay(), []);
  const view = useMemo(() => (plan ? toPlanView(plan, { parts }) : null), [plan, parts]);
  const name = plan?.aboutMe[0]?.preferredName.trim() ?? '';
  const help = useMemo(
    () =>
      settings
        ? shownHelpLines(t, {
            nation: settings.nation,
            hidden: settings.hiddenHelpLines,
            own: settings.ownHelpLines,
          })
        : undefined,
    [settings, t],
  );

  const say = (words: string) => {
    setMessage(words);
    announce(words);
  };
  const markdown = () =>
    view ? planViewToMarkdown(view, t, { name, date: today, locale: i18n.language, help }) : '';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(markdown());
      say(t('print.copied'));
    } catch {
      say(t('print.copyFailed'));
    }
  };

  const save = () => {
    const file = new File([markdown()], t('print.fileName', { date: today }), {
      type: 'text/markdown',
    });
    const url = URL.createObjectURL(file);
    const link = document.createElement('a');
    link.href = url;
    link.download = file.name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    say(t('print.saved', { file: file.name }));
  };

  return (
    <>
      <div className="print-hide">
        <ScreenHeading>{t('print.title')}</ScreenHeading>
        <p className="intro">{t('print.intro')}</p>
        <div className="card stack">
          <CheckboxGroup
            legend={t('print.partsLegend')}
            hint={t('print.partsHint')}
            emptyText=""
            choices={VIEW_PARTS.map((part) => ({ value: part, label: t(`print.parts.${part}`) }))}
            selected={parts}
            onChange={(chosen) => setParts(VIEW_PARTS.filter((part) => chosen.includes(part)))}
          />
          <p className="actions">
            <button type="button" className="button button--primary" onClick={() => window.print()}>
              {t('print.print')}
            </button>
            <Link className="button" href="/print/card">
              {t('print.cardLink')}
            </Link>
          </p>
          <p className="muted">{t('print.printHint')}</p>
        </div>
        <section className="card stack" aria-labelledby="print-text">
          <h2 id="print-text">{t('print.textHeading')}</h2>
          <p>{t('print.textIntro')}</p>
          <p className="actions">
            <button type="button" className="button" disabled={!view} onClick={() => void copy()}>
              {t('print.copy')}
            </button>
            <button type="button" className="button" disabled={!view} onClick={save}>
              {t('print.save')}
            </button>
          </p>
          {message && <p>{message}</p>}
        </section>
      </div>
      <PrintPreview id="print-preview">
        {parts.length === 0 ? (
          <p className="print-hide">{t('print.nothingChosen')}</p>
        ) : (
          view && <PlanDocument view={view} name={name} date={today} help={help} />
        )}
      </PrintPreview>
    </>
  );
}
