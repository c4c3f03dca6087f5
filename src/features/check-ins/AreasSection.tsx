import { useCallback, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { checkInAreaFields, type CheckInArea, type CheckInAreaFields } from '../../domain/checkIns';
import { LIFE_AREAS, OWN_AREA } from '../../domain/lifeAreas';
import { SHORT_TEXT_MAX } from '../../domain/record';
import { checkInAreasRepository } from '../../db/repositories/checkIns';
import { SelectField, TextField } from '../../ui/Field';
import { fieldErrorText } from '../../ui/fieldError';
import { ListEditor } from '../../ui/ListEditor';
import { useAutosaveForm } from '../../ui/useAutosaveForm';
import { areaName } from './checkInHistory';

/** The parts of life the person checks in on: standard ones or their own, in their order. */
export function AreasSection({
  areas,
  headingRef,
}: {
  areas: CheckInArea[] | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="check-ins-areas" className="card stack">
      <h2 id="check-ins-areas" ref={headingRef} tabIndex={-1}>
        {t('checkIns.areas.heading')}
      </h2>
      <p>{t('checkIns.areas.intro')}</p>
      <ListEditor
        items={areas}
        nameOf={(area, index) => areaName(area, index, t)}
        renderItem={(area, name) => <AreaEditor area={area} name={name} />}
        actions={checkInAreasRepository}
        text={{
          listLabel: t('checkIns.areas.listLabel'),
          add: t('checkIns.areas.add'),
          empty: t('checkIns.areas.empty'),
          removed: (name) => t('checkIns.areas.removed', { name }),
        }}
      />
    </section>
  );
}

function AreaEditor({ area, name }: { area: CheckInArea; name: string }) {
  const { t } = useTranslation();
  const save = useCallback(
    (patch: Partial<CheckInAreaFields>) => checkInAreasRepository.update(area.id, patch),
    [area.id],
  );
  const { register, watch, formState } = useAutosaveForm(
    checkInAreaFields,
    checkInAreaFields.parse(area),
    save,
  );
  const chosen = watch('area');
  const options = [
    { value: '', label: t('checkIns.areas.areaNone') },
    ...[...LIFE_AREAS, OWN_AREA].map((value) => ({ value, label: t(`lifeAreas.${value}`) })),
  ];

  return (
    <fieldset className="stack">
      <legend>{name}</legend>
      <SelectField label={t('checkIns.areas.area')} options={options} {...register('area')} />
      {chosen === OWN_AREA && (
        <TextField
          label={t('checkIns.areas.ownArea')}
          hint={t('checkIns.areas.ownAreaHint')}
          maxLength={SHORT_TEXT_MAX}
          error={fieldErrorText(t, formState.errors.ownArea, SHORT_TEXT_MAX)}
          {...register('ownArea')}
        />
      )}
    </fieldset>
  );
}
