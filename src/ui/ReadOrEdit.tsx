import './readView.css';
import { useState, type ReactNode } from 'react';

interface ReadOrEditProps {
  /** The person's words as they read them (a SummaryRows, usually). */
  summary: ReactNode;
  /** The form that changes them. */
  children: ReactNode;
  /** Nothing written yet: the part opens ready to write, since there is nothing to read. */
  empty: boolean;
  words: {
    /** Visible words of the button in each view, e.g. "Change" and "Done". */
    change: string;
    done: string;
    /** Accessible names of the button, naming the part, e.g. "Change About me". */
    changeLabel: string;
    doneLabel: string;
  };
  className?: string;
}

/**
 * One part of the plan, read first: it opens as a calm summary of what the person wrote, and
 * changing it is one deliberate tap away. The same button switches the views, so focus stays on
 * it as the view changes.
 */
export function ReadOrEdit({ summary, children, empty, words, className }: ReadOrEditProps) {
  const [editing, setEditing] = useState(empty);
  return (
    <div className={className ? `read-or-edit ${className}` : 'read-or-edit'}>
      <p className="read-or-edit__toggle">
        <button
          type="button"
          className={editing ? 'button button--primary' : 'button'}
          aria-label={editing ? words.doneLabel : words.changeLabel}
          onClick={() => setEditing(!editing)}
        >
          {editing ? words.done : words.change}
        </button>
      </p>
      {editing ? children : summary}
    </div>
  );
}
