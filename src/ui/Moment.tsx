import './readView.css';

/**
 * A short celebration when the person achieves something, with their own words for why it
 * matters. It is spoken by the screen's announce() once; it has no live region of its own, so it
 * is never read twice. It only fades in when the person's system allows motion.
 */
export function Moment({ message, why }: { message: string; why?: string }) {
  return (
    <div className="moment">
      <p className="celebration">
        <span aria-hidden="true" className="celebration__mark">
          ★
        </span>{' '}
        {message}
      </p>
      {why && <p className="moment__why preserve-lines">{why}</p>}
    </div>
  );
}
