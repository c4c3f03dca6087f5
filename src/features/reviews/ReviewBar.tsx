import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Review } from '../../domain/reviews';
import { announce } from '../../ui/announcer';
import { TextField } from '../../ui/Field';
import { formatDay } from '../../ui/formatDate';
import { shownBySaveStatus } from '../../ui/failures';

/** How a screen reads and changes one part's review (see `reviewsFor` in db/repositories). */
export interface ReviewSource {
  part: string;
  load: () => Promise<Review>;
  markReviewed: () => Promise<void>;
  setDate: (day: string) => Promise<void>;
}

/**
 * When a part of the plan was last looked over, a way to say "today", and an optional day to
 * look at it again (shown on Home when it comes).
 */
export function ReviewBar({ source }: { source: ReviewSource }) {
  const { t, i18n } = useTranslation();
  const review = useLiveQuery(source.load, [source.part], null);
  if (!review) return null;
  return (
    <section className="review-bar" aria-label={t('review.heading')}>
      <p>
        {review.lastReviewedAt
          ? t('review.last', { date: formatDay(review.lastReviewedAt, i18n.language) })
          : t('review.never')}
      </p>
      <div className="review-bar__controls">
        <button
          type="button"
          className="button"
          onClick={() =>
            void source
              .markReviewed()
              .then(() => announce(t('review.marked')))
              .catch(shownBySaveStatus)
          }
        >
          {t('review.markReviewed')}
        </button>
        {/* A short invitation: the day to look again is one tap further, not a field on the page. */}
        <details className="review-bar__when">
          <summary>
            {review.reviewDate
              ? t('review.changeDay', { date: formatDay(review.reviewDate, i18n.language) })
              : t('review.chooseDay')}
          </summary>
          <TextField
            type="date"
            label={t('review.date')}
            value={review.reviewDate}
            onChange={(event) => void source.setDate(event.target.value).catch(shownBySaveStatus)}
          />
        </details>
      </div>
    </section>
  );
}
