import './print.css';
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { toPlanView } from '../../domain/planView';
import { readPlan } from '../../db/planStore';
import { getSettings } from '../../db/repositories/settings';
import { TextField } from '../../ui/Field';
import { Link } from '../../ui/Link';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { CrisisCard, crisisCardContent } from './CrisisCard';

/** A short note: a card has room for a line. */
const WHERE_MAX = 120;

/**
 * A wallet-sized crisis card to print, cut out and fold, with the help lines for where the person
 * lives. "Where my full plan is" is typed here for this card only: it is not saved.
 */
export function CrisisCardScreen() {
  const { t } = useTranslation();
  const plan = useLiveQuery(readPlan, [], null);
  const settings = useLiveQuery(getSettings, [], null);
  const nation = settings?.nation ?? '';
  const [where, setWhere] = useState('');
  const view = useMemo(
    () => (plan ? toPlanView(plan, { parts: ['crisis', 'aboutMe', 'people'] }) : null),
    [plan],
  );
  const content = view && crisisCardContent(view, { nation });
  const sparse =
    content && (content.contacts.shown.length === 0 || content.helps.shown.length === 0);

  return (
    <>
      <div className="print-hide">
        <ScreenHeading>{t('print.card.title')}</ScreenHeading>
        <p className="intro">{t('print.card.intro')}</p>
        <div className="card stack">
          <TextField
            label={t('print.card.where')}
            hint={t('print.card.whereHint')}
            maxLength={WHERE_MAX}
            value={where}
            onChange={(event) => setWhere(event.target.value)}
          />
          <p className="actions">
            <button type="button" className="button button--primary" onClick={() => window.print()}>
              {t('print.card.print')}
            </button>
            <Link className="button" href="/print">
              {t('print.card.back')}
            </Link>
          </p>
        </div>
        {sparse && (
          <p>
            {t('print.card.emptyHint')}{' '}
            <Link href="/crisis-plan">{t('print.card.toCrisisPlan')}</Link>
          </p>
        )}
        <h2>{t('print.card.previewHeading')}</h2>
      </div>
      {view && (
        <div className="crisis-card-sheet">
          <CrisisCard view={view} where={where} nation={nation} />
        </div>
      )}
    </>
  );
}
