/**
 * A phone number on the page, always read left to right: in a right-to-left language the groups
 * of "07700 900123" would otherwise be laid out backwards ("900123 07700") — a wrong number
 * read aloud in a crisis. Isolated, so the sentence around it keeps its own direction.
 */
export function PhoneNumber({ number }: { number: string }) {
  return (
    <bdi dir="ltr" className="phone-number">
      {number}
    </bdi>
  );
}
