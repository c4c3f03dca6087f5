import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { displayNumber, openNow, type HelpLine } from '../../domain/helpLines';
import { CheckedEnglish } from '../../ui/CheckedEnglish';
import { useNow } from './useNow';
import { PhoneNumber } from '../../ui/PhoneNumber';
import { clockTime, weekdayName } from './weekClock';

/** Help lines, round-the-clock ones first, each with its number in plain sight. */
export function HelpLineList({ lines }: { lines: readonly HelpLine[] }) {
  const now = useNow();
  return (
    <ul className="help-now__list">
      {lines.map((line) => (
        <HelpLineItem key={line.id} line={line} now={now} />
      ))}
    </ul>
  );
}

function HelpLineItem({ line, now }: { line: HelpLine; now: Date }) {
  const { t } = useTranslation();
  const numberId = useId();
  const number = line.phone ? displayNumber(line.phone) : '';
  return (
    <li className="help-now__item">
      <p className="help-now__name">{line.name}</p>
      {number && (
        <p className="help-now__number" id={numberId}>
          <PhoneNumber number={number} />
        </p>
      )}
      <p>
        {t(`helpNow.lines.${line.id}.what`)}
        <CheckedEnglish k={`helpNow.lines.${line.id}.what`} />
      </p>
      <OpenStatus line={line} now={now} />
      <p className="actions">
        {line.phone && (
          <a className="button" href={`tel:${line.phone}`} aria-describedby={numberId}>
            {t('helpNow.callLine', { name: line.name })}
          </a>
        )}
        {line.text && (
          <a className="button" href={`sms:${line.text.number}`}>
            {line.text.message
              ? t('helpNow.textMessage', { message: line.text.message, number: line.text.number })
              : t('helpNow.textLine', { name: line.name, number: line.text.number })}
          </a>
        )}
        {line.email && (
          <a className="button" href={`mailto:${line.email}`}>
            {t('helpNow.emailLine', { name: line.name })}
          </a>
        )}
      </p>
      <details>
        <summary>{t('helpNow.source')}</summary>
        <p>
          {t('helpNow.sourceText', { name: line.name })}{' '}
          <a href={line.source} rel="noreferrer noopener" target="_blank">
            {new URL(line.source).hostname.replace(/^www\./, '')}
          </a>
        </p>
      </details>
    </li>
  );
}

/** "Open now" or when it next opens, in UK time; round-the-clock lines simply say so. */
function OpenStatus({ line, now }: { line: HelpLine; now: Date }) {
  const { t, i18n } = useTranslation();
  const state = openNow(line.hours, now);
  const when = (
    <>
      {t(`helpNow.lines.${line.id}.when`)}
      <CheckedEnglish k={`helpNow.lines.${line.id}.when`} />
    </>
  );
  if (state.open && state.always) return <p className="help-now__open">{when}</p>;
  if (state.open) {
    return (
      <p>
        <span className="help-now__open">{t('helpNow.openNow')}</span> {when}
      </p>
    );
  }
  return (
    <p>
      <span className="help-now__closed">
        {t('helpNow.closedNow', {
          day: weekdayName(state.opensDay, i18n.language),
          time: clockTime(state.opensAt, i18n.language),
        })}
      </span>{' '}
      {when}
    </p>
  );
}
