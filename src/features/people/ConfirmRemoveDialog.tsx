import { useTranslation } from 'react-i18next';
import { ConfirmDialog, useQuestion } from '../../ui/ConfirmDialog';

/** What to ask before removing a person or place that the plan still names. */
export interface RemoveQuestion {
  name: string;
  goalTitles: string[];
  /** Other places that name them (plan sections, the advance statement), in the person's words. */
  places: string[];
}

/**
 * Asking first, as a promise: `ask` resolves true for "Remove" and false for "Keep" (or Escape).
 * Asking again before an answer counts the earlier question as "Keep".
 */
export const useRemoveQuestion = useQuestion<RemoveQuestion>;

/**
 * A modal dialog that says where the plan names the person or place and asks before removing it.
 * Focus starts on "Keep", the choice that changes nothing; closing returns focus to where it was.
 */
export function ConfirmRemoveDialog({
  question,
  onAnswer,
}: {
  question: RemoveQuestion | null;
  onAnswer: (yes: boolean) => void;
}) {
  const { t } = useTranslation();
  const name = question?.name ?? '';
  const count = question?.goalTitles.length ?? 0;
  const places = question?.places ?? [];
  return (
    <ConfirmDialog
      open={question !== null}
      title={t('people.confirm.title', { name })}
      confirmLabel={t('people.confirm.remove')}
      keepLabel={t('people.confirm.keep')}
      onConfirm={() => onAnswer(true)}
      onKeep={() => onAnswer(false)}
    >
      {count > 0 && (
        <>
          <p>{t('people.confirm.inUse', { name, count })}</p>
          <NamedList names={question?.goalTitles ?? []} />
        </>
      )}
      {places.length > 0 && (
        <>
          <p>
            {count > 0
              ? t('people.confirm.alsoIn', { name })
              : t('people.confirm.namedIn', { name })}
          </p>
          <NamedList names={places} />
        </>
      )}
      <p>
        {places.length > 0
          ? t('people.confirm.alsoFromAll', { name })
          : t('people.confirm.alsoFromGoals', { name, count })}
      </p>
      <p>{t('people.confirm.canUndo')}</p>
    </ConfirmDialog>
  );
}

/** Goals or parts of the plan, in the person's words. */
function NamedList({ names }: { names: string[] }) {
  return (
    <ul className="confirm-dialog__goals">
      {names.map((name, index) => (
        <li key={index} dir="auto">
          {name}
        </li>
      ))}
    </ul>
  );
}
