import { review, type Review, type ReviewablePart } from '../../domain/reviews';
import { optionalDay } from '../../domain/dates';
import { nowIso } from '../../domain/record';
import { getDb } from '../connection';
import { runWrite } from '../writes';

export async function getReview(part: ReviewablePart): Promise<Review> {
  return review.parse((await getDb().reviews.get(part)) ?? { id: part });
}

export async function listReviews(): Promise<Review[]> {
  return (await getDb().reviews.toArray()).map((stored) => review.parse(stored));
}

/** "I've looked at this again": dates the review and clears a review day that has been met. */
export async function markReviewed(part: ReviewablePart): Promise<void> {
  await runWrite(
    () =>
      getDb().transaction('rw', getDb().reviews, async () => {
        const current = await getReview(part);
        await getDb().reviews.put({ ...current, lastReviewedAt: nowIso(), reviewDate: '' });
      }),
    { key: `reviews:${part}:reviewed` },
  );
}

export async function setReviewDate(part: ReviewablePart, day: string): Promise<void> {
  const reviewDate = optionalDay().parse(day);
  await runWrite(
    () =>
      getDb().transaction('rw', getDb().reviews, async () => {
        const current = await getReview(part);
        await getDb().reviews.put({ ...current, reviewDate });
      }),
    { key: `reviews:${part}:date` },
  );
}

/** Everything a screen needs to show and change one part's review, in one object. */
export function reviewsFor(part: ReviewablePart) {
  return {
    part,
    load: () => getReview(part),
    markReviewed: () => markReviewed(part),
    setDate: (day: string) => setReviewDate(part, day),
  };
}
