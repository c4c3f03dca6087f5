import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SCORE_MAX, SCORE_MIN, type CheckInArea } from '../../domain/checkIns';
import { LONG_TEXT_MAX } from '../../domain/record';
import { checkInsRepository } from '../../db/repositories/checkIns';
import { announce } from '../../ui/announcer';
import { TextArea } from '../../ui/Field';
import { formatScore } from './formatting';

const SCORES = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, index) => SCORE_MIN + index);

interface Rating {
  score: number;
  note: string;
}

/**
 * One check-in: a number from 1 to 10 for any of the person's areas, each with an optional note,
 * saved together. Skipping an area is fine. The thanks never comments on the numbers.
 */
export function CheckInForm({ areas }: { areas: { area: CheckInArea; name: string }[] }) {
  const { t } = useTranslation();
  const hintId = useId();
  const [ratings, setRatings] = useState<Record<string, Rating>>({});
  const [message, setMessage] = useState<'saved' | 'nothingPicked' | null>(null);
  const [saving, setSaving] = useState(false);

  const change = (areaId: string, rating: Rating | undefined) => {
    setMessage(null);
    setRatings((current) => {
      const next = { ...current };
      if (rating) next[areaId] = rating;
      else delete next[areaId];
      return next;
    });
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const chosen = areas.flatMap(({ area }) => {
      const rating = ratings[area.id];
      return rating ? [{ areaId: area.id, score: rating.score, note: rating.note }] : [];
    });
    if (chosen.length === 0) {
      setMessage('nothingPicked');
      announce(t('checkIns.form.nothingPicked'));
      return;
    }
    setSaving(true);
    try {
      await checkInsRepository.add(chosen);
      setRatings({});
      setMessage('saved');
      announce(t('checkIns.form.saved'));
    } catch {
      // The app-wide save status explains and offers to try again; the numbers stay on screen.
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-labelledby="check-ins-form" className="card">
      <h2 id="check-ins-form">{t('checkIns.form.heading')}</h2>
      {areas.length === 0 ? (
        <p className="empty-note">{t('checkIns.form.noAreas')}</p>
      ) : (
        <form className="stack" onSubmit={(event) => void save(event)} noValidate>
          <p id={hintId} className="field__hint">
            {t('checkIns.form.scaleHint')}
          </p>
          {areas.map(({ area, name }) => (
            <AreaRating
              key={area.id}
              areaId={area.id}
              name={name}
              hintId={hintId}
              rating={ratings[area.id]}
              onChange={(rating) => change(area.id, rating)}
            />
          ))}
          <button type="submit" className="button button--primary" aria-disabled={saving}>
            {t('checkIns.form.save')}
          </button>
          {message === 'saved' && <p className="check-in-thanks">{t('checkIns.form.saved')}</p>}
          {message === 'nothingPicked' && <p>{t('checkIns.form.nothingPicked')}</p>}
        </form>
      )}
    </section>
  );
}

function AreaRating({
  areaId,
  name,
  hintId,
  rating,
  onChange,
}: {
  areaId: string;
  name: string;
  hintId: string;
  rating: Rating | undefined;
  onChange: (rating: Rating | undefined) => void;
}) {
  const { t, i18n } = useTranslation();
  const groupRef = useRef<HTMLFieldSetElement>(null);

  const leaveOut = () => {
    onChange(undefined);
    // The button goes away with the score; the first number is where the person can pick again.
    groupRef.current?.querySelector('input')?.focus();
  };

  return (
    <fieldset ref={groupRef} className="check-in-rating stack" aria-describedby={hintId}>
      <legend>{name}</legend>
      <div className="check-in-scale">
        {SCORES.map((score) => (
          <label key={score} className="check-in-scale__option">
            <input
              type="radio"
              name={`check-in-score-${areaId}`}
              value={score}
              checked={rating?.score === score}
              onChange={() => onChange({ score, note: rating?.note ?? '' })}
            />
            <span>{formatScore(score, i18n.language)}</span>
          </label>
        ))}
      </div>
      {rating && (
        <>
          <TextArea
            label={t('checkIns.form.note', { area: name })}
            rows={2}
            maxLength={LONG_TEXT_MAX}
            value={rating.note}
            onChange={(event) => onChange({ ...rating, note: event.target.value })}
          />
          <button type="button" className="button button--quiet" onClick={leaveOut}>
            {t('checkIns.form.clear', { area: name })}
          </button>
        </>
      )}
    </fieldset>
  );
}
