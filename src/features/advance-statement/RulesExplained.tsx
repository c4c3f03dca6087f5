import { useTranslation } from 'react-i18next';
import type { Jurisdiction } from '../../domain/advanceStatement';

/** A paragraph, or a list of points, by their keys under `advance.rules.<jurisdiction>`. */
type Block = string | readonly string[];

/** What makes a statement count in each place, in the order a person needs to read it. */
const RULES: Record<Jurisdiction, readonly Block[]> = {
  scotland: [
    'law',
    ['written', 'witness', 'certify'],
    'weight',
    'withdraw',
    'healthBoard',
    'lookAgain',
  ],
  englandWales: [
    'law',
    'refusing',
    'lifeIntro',
    ['lifeWritten', 'lifeSigned', 'lifeWitnessed', 'lifeAtRisk'],
    'waymark',
    'mentalHealthAct',
    'lookAgain',
  ],
  northernIreland: ['law', 'ask', 'lookAgain'],
  elsewhere: ['law', 'ask', 'lookAgain'],
};

/** A plain explanation of what makes an advance statement count where the person lives. */
export function RulesExplained({ jurisdiction }: { jurisdiction: Jurisdiction | '' }) {
  const { t } = useTranslation();
  if (!jurisdiction) return <p className="muted">{t('advance.place.notChosen')}</p>;
  const words = (key: string) => t(`advance.rules.${jurisdiction}.${key}`);
  return (
    <div className="statement-rules stack">
      <h3>{words('heading')}</h3>
      {RULES[jurisdiction].map((block) =>
        typeof block === 'string' ? (
          <p key={block}>{words(block)}</p>
        ) : (
          <ul key={block.join()}>
            {block.map((key) => (
              <li key={key}>{words(key)}</li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
