import { useTranslation } from 'react-i18next';
import type { Jurisdiction } from '../../domain/advanceStatement';
import { CheckedEnglish } from '../../ui/CheckedEnglish';
import { formatDay } from '../../ui/formatDate';
import { LAW_CHECKED_ON, LEGAL_SOURCES } from './legalSources';

/**
 * A paragraph, or a list of points, by their keys under `advance.rules.<jurisdiction>`; a point
 * named in `QUOTED` is followed by the witness's note in its own words.
 */
type Block = string | readonly string[];

/** What the law says in each place, in the order a person needs to read it. */
const RULES: Record<Jurisdiction, readonly Block[]> = {
  scotland: [
    'law',
    'notBinding',
    'mustConsider',
    'record',
    'recordSent',
    'covers',
    'otherWishes',
    'makeIntro',
    ['written', 'witness', 'witnessWho', 'certify'],
    'witnessDetails',
    'withdraw',
    'healthBoard',
    'advocacy',
    'lookAgain',
  ],
  englandWales: [
    'law',
    'wishes',
    'bestInterests',
    'refusing',
    'mustFollow',
    'bestWritten',
    'lifeIntro',
    ['lifeWritten', 'lifeSigned', 'lifeWitnessed', 'lifeAtRisk'],
    'waymark',
    'mentalHealthAct',
    'newLaw',
    'lookAgain',
  ],
  northernIreland: [
    'order',
    'capacityAct',
    'wishes',
    'refusal',
    'refusalValid',
    'ask',
    'lookAgain',
  ],
  elsewhere: ['law', 'ask', 'lookAgain'],
};

/** The point after which the witness's note is quoted: the same words the printed form carries. */
const QUOTED = 'certify';

/**
 * A plain explanation of what the law says about advance statements where the person lives, and
 * where it comes from. Information, not legal advice: every point has a source, checked on a day.
 */
export function RulesExplained({ jurisdiction }: { jurisdiction: Jurisdiction | '' }) {
  const { t, i18n } = useTranslation();
  if (!jurisdiction) return <p className="muted">{t('advance.place.notChosen')}</p>;
  const checkedOn = formatDay(LAW_CHECKED_ON, i18n.language);
  /** A rule's words, and while the language is a draft, the checked English beside them. */
  const words = (key: string) => {
    const fullKey = `advance.rules.${jurisdiction}.${key}`;
    return (
      <>
        {t(fullKey, { date: checkedOn })}
        <CheckedEnglish k={fullKey} options={{ date: checkedOn }} />
      </>
    );
  };
  const sources = LEGAL_SOURCES[jurisdiction];
  return (
    <div className="statement-rules stack">
      <h3>{words('heading')}</h3>
      {RULES[jurisdiction].map((block) =>
        typeof block === 'string' ? (
          <p key={block}>{words(block)}</p>
        ) : (
          <ul key={block.join()}>
            {block.map((key) => (
              <li key={key}>
                {words(key)}
                {key === QUOTED && (
                  <blockquote className="statement-rules__note">
                    <p>
                      {t('advance.capacity')}
                      <CheckedEnglish k="advance.capacity" />
                    </p>
                  </blockquote>
                )}
              </li>
            ))}
          </ul>
        ),
      )}
      {sources.length > 0 && (
        <details className="statement-rules__sources">
          <summary>{t('advance.sources.heading')}</summary>
          <p>{t('advance.sources.checked', { date: checkedOn })}</p>
          <ul>
            {sources.map((source) => (
              <li key={source.name}>
                <a href={source.url} rel="noreferrer noopener" target="_blank">
                  {t(`advance.sources.names.${source.name}`)}
                </a>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
