import './goals.css';
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { LIFE_AREAS } from '../../domain/lifeAreas';
import { progressByMonth } from '../../domain/progress';
import { goalsRepository, stepsRepository } from '../../db/repositories/goals';
import { SelectField } from '../../ui/Field';
import { Link } from '../../ui/Link';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { ProgressChart } from './ProgressChart';

const OWN_PREFIX = 'own:';

/** Steps and goals achieved month by month, as a chart and as a table, by part of life. */
export function ProgressScreen() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const data = useLiveQuery(
    async () => {
      const [goals, steps] = await Promise.all([goalsRepository.list(), stepsRepository.listAll()]);
      return { goals, steps };
    },
    [],
    null,
  );

  const ownAreas = useMemo(() => {
    const names = new Map<string, string>();
    for (const goal of data?.goals ?? []) {
      const name = goal.ownArea.trim();
      if (goal.area === 'own' && name) names.set(name.toLowerCase(), name);
    }
    return [...names.values()];
  }, [data]);

  const months = useMemo(() => {
    if (!data) return [];
    const options = filter.startsWith(OWN_PREFIX)
      ? { area: 'own', ownArea: filter.slice(OWN_PREFIX.length) }
      : { area: filter };
    return progressByMonth(data.goals, data.steps, options);
  }, [data, filter]);

  const areaOptions = [
    { value: '', label: t('progress.allAreas') },
    ...LIFE_AREAS.map((area) => ({ value: area, label: t(`lifeAreas.${area}`) })),
    ...ownAreas.map((name) => ({ value: `${OWN_PREFIX}${name}`, label: name })),
  ];

  return (
    <>
      <p>
        <Link href="/goals">{t('progress.backToGoals')}</Link>
      </p>
      <ScreenHeading>{t('progress.title')}</ScreenHeading>
      <p className="intro">{t('progress.intro')}</p>
      <SelectField
        label={t('progress.area')}
        options={areaOptions}
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      {data && months.length === 0 && <p className="empty-note">{t('progress.empty')}</p>}
      {months.length > 0 && (
        <section className="card stack" aria-label={t('progress.chartLabel')}>
          <ProgressChart months={months} />
        </section>
      )}
    </>
  );
}
