import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { SCORE_MAX, type CheckIn, type CheckInArea } from '../../domain/checkIns';
import { checkInsRepository } from '../../db/repositories/checkIns';
import { planItemsIn } from '../../db/repositories/planItems';
import { announce } from '../../ui/announcer';
import { Link } from '../../ui/Link';
import { UndoBar } from '../../ui/UndoBar';
import { AreaChart } from './AreaChart';
import {
  areaHistories,
  areaName,
  groupByArea,
  isLowerThanBefore,
  timeRange,
} from './checkInHistory';
import { formatDateTime, formatLongDate, formatScore } from './formatting';
import { HELP_LINKS, HELP_NOW_LINK, ownIdeas } from './whatMightHelp';
import { shownBySaveStatus } from '../../ui/failures';

/**
 * How things have been in each part of life: a small chart per area with a table beside it.
 * The check-ins are grouped once per change to the data, never per area per render.
 */
export function HistorySection({ areas, checkIns }: { areas: CheckInArea[]; checkIns: CheckIn[] }) {
  const { t, i18n } = useTranslation();
  // Grouped only when the check-ins change, so renaming an area does not redraw every chart.
  const groups = useMemo(() => groupByArea(checkIns), [checkIns]);
  const range = useMemo(() => timeRange(checkIns), [checkIns]);
  const { current, former } = useMemo(() => areaHistories(areas, groups), [areas, groups]);

  // Undo lives here, not in an area's card: removing an area's only check-in removes its card.
  const [removed, setRemoved] = useState<CheckIn | null>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const onRemove = useCallback(async (entry: CheckIn) => {
    const gone = await checkInsRepository.remove(entry.id).catch(shownBySaveStatus);
    if (gone) setRemoved(gone);
  }, []);
  // After Undo, focus waits for the restored check-in's card to come back from the database.
  const focusAreaRef = useRef<string | null>(null);
  const focusArea = useCallback((areaId: string) => {
    const card = [
      ...(sectionRef.current?.querySelectorAll<HTMLElement>('[data-area-id]') ?? []),
    ].find((element) => element.dataset.areaId === areaId);
    (card?.querySelector('summary') ?? headingRef.current)?.focus();
  }, []);
  useEffect(() => {
    const areaId = focusAreaRef.current;
    if (!areaId || !groups.has(areaId)) return;
    focusAreaRef.current = null;
    focusArea(areaId);
  }, [groups, focusArea]);

  const undo = async () => {
    if (!removed) return;
    focusAreaRef.current = removed.areaId;
    try {
      await checkInsRepository.restore(removed);
    } catch {
      // The app-wide save status explains; Undo stays offered so the person can try again.
      focusAreaRef.current = null;
      return;
    }
    announce(t('checkIns.history.restored', { date: formatDateTime(removed.at, i18n.language) }));
    setRemoved(null);
  };
  const dismiss = () => {
    if (removed) focusArea(removed.areaId);
    setRemoved(null);
  };

  const formerName = (index: number) =>
    former.length === 1
      ? t('checkIns.history.formerArea')
      : t('checkIns.history.formerAreaNumbered', { position: index + 1 });

  return (
    <section
      ref={sectionRef}
      aria-labelledby="check-ins-history"
      className="stack check-in-history"
    >
      <h2 id="check-ins-history" ref={headingRef} tabIndex={-1}>
        {t('checkIns.history.heading')}
      </h2>
      {removed && (
        <UndoBar
          message={t('checkIns.history.removed', {
            date: formatDateTime(removed.at, i18n.language),
          })}
          onUndo={() => void undo()}
          onDismiss={dismiss}
        />
      )}
      {range === null ? (
        <p className="empty-note">{t('checkIns.history.empty')}</p>
      ) : (
        <>
          <p>{t('checkIns.history.intro')}</p>
          {[...current, ...former].map((history) => (
            <AreaHistoryCard
              key={history.areaId}
              areaId={history.areaId}
              name={
                history.area ? areaName(history.area, history.index, t) : formerName(history.index)
              }
              entries={history.entries}
              range={range}
              onRemove={onRemove}
            />
          ))}
        </>
      )}
    </section>
  );
}

interface CardProps {
  areaId: string;
  name: string;
  entries: CheckIn[];
  range: { from: number; to: number };
  onRemove: (entry: CheckIn) => Promise<void>;
}

const AreaHistoryCard = memo(function AreaHistoryCard({
  areaId,
  name,
  entries,
  range,
  onRemove,
}: CardProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const latest = entries[entries.length - 1]!;

  return (
    <article aria-labelledby={headingId} data-area-id={areaId} className="card stack check-in-area">
      <h3 id={headingId}>{name}</h3>
      <p>
        {t('checkIns.history.latest', {
          score: formatScore(latest.score, i18n.language),
          max: formatScore(SCORE_MAX, i18n.language),
          date: formatLongDate(latest.at, i18n.language),
        })}
      </p>
      <AreaChart name={name} entries={entries} range={range} />
      {isLowerThanBefore(entries) && <WhatMightHelp />}
      <HistoryTable name={name} entries={entries} onRemove={onRemove} />
    </article>
  );
});

const readEarlySigns = async () => (await planItemsIn(['earlySigns'])).get('earlySigns') ?? [];

/**
 * Offered when the latest number is lower than the one before: the person's own ideas (what
 * they wrote they would do if they noticed early signs, their staying-well plan, their
 * strengths), and Help now.
 */
function WhatMightHelp() {
  const { t } = useTranslation();
  const earlySigns = useLiveQuery(readEarlySigns, [], null);
  const ideas = ownIdeas(earlySigns ?? []);
  return (
    <div className="check-in-help">
      <h4>{t('checkIns.whatMightHelp.heading')}</h4>
      <p>{t('checkIns.whatMightHelp.body')}</p>
      {ideas.shown.length > 0 && (
        <>
          <p>{t('checkIns.whatMightHelp.ideasIntro')}</p>
          <ul className="check-in-help__ideas">
            {ideas.shown.map((idea, index) => (
              <li key={index}>
                {idea.sign && <span className="preserve-lines">{idea.sign}</span>}
                <ul>
                  {idea.actions.map((action, actionIndex) => (
                    <li key={actionIndex} className="preserve-lines">
                      {action}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          {ideas.more > 0 && <p>{t('checkIns.whatMightHelp.moreIdeas', { count: ideas.more })}</p>}
        </>
      )}
      <ul className="check-in-help__links">
        {HELP_LINKS.map((link) => (
          <li key={link.href}>
            <Link href={link.href}>{t(link.labelKey)}</Link>
          </li>
        ))}
      </ul>
      <p>{t('checkIns.whatMightHelp.helpNowIntro')}</p>
      <p>
        <Link className="button" href={HELP_NOW_LINK.href}>
          {t(HELP_NOW_LINK.labelKey)}
        </Link>
      </p>
    </div>
  );
}

/**
 * The chart's numbers as a table, with a way to remove a check-in. The rows are only drawn once
 * the person opens it, so hundreds of check-ins cost nothing until they are wanted.
 */
function HistoryTable({
  name,
  entries,
  onRemove,
}: {
  name: string;
  entries: CheckIn[];
  onRemove: (entry: CheckIn) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const language = i18n.language;

  return (
    <details open={open}>
      <summary
        onClick={(event) => {
          // Controlled, so the rows are drawn only while the table is open.
          event.preventDefault();
          setOpen((isOpen) => !isOpen);
        }}
      >
        {t('checkIns.history.showTable')}
      </summary>
      {open && (
        <table className="data-table">
          <caption>{t('checkIns.history.tableCaption', { area: name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('checkIns.history.date')}</th>
              <th scope="col">{t('checkIns.history.score')}</th>
              <th scope="col">{t('checkIns.history.note')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('checkIns.history.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => {
              const date = formatDateTime(entry.at, language);
              return (
                <tr key={entry.id}>
                  <th scope="row">{date}</th>
                  <td>{formatScore(entry.score, language)}</td>
                  <td className="preserve-lines">{entry.note}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--quiet"
                      aria-label={t('checkIns.history.remove', { date })}
                      onClick={() => void onRemove(entry)}
                    >
                      {t('checkIns.history.removeShort')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </details>
  );
}
