import './print.css';
import { useTranslation } from 'react-i18next';
import type { ViewStatement } from '../../domain/planView';
import { shownStatement, type ShownWish, type Translate } from './documentParts';
import { Details } from './PrintedDocument';

interface StatementContentProps {
  statement: ViewStatement;
  /** The level of its section headings: 2 on a page of its own, 3 inside the whole plan. */
  level: 2 | 3;
  /** A form to sign: a draft gets blank lines for signatures, dates and the witness. */
  form?: boolean;
}

/**
 * One version of the advance statement in the person's words, as the form to sign, a copy of
 * what was signed, or a part of the whole plan. Where it stands (not yet signed, signed, or
 * withdrawn) is said first, in words. Nothing here reads the database.
 */
export function StatementContent({ statement, level, form = false }: StatementContentProps) {
  const { t, i18n } = useTranslation();
  const shown = shownStatement(t, statement, i18n.language);
  const Heading = level === 2 ? 'h2' : 'h3';
  const Sub = level === 2 ? 'h3' : 'h4';
  const blanks = form && shown.signing === null;
  const { marker } = shown;

  return (
    <div className={`statement statement--${marker.status}`}>
      <div className={`statement__marker statement__marker--${marker.status}`}>
        <p className="statement__headline">{marker.headline}</p>
        <p>{marker.note}</p>
        {shown.writtenFor && <p>{shown.writtenFor}</p>}
      </div>

      {(shown.details.length > 0 || (blanks && shown.unwritten.length > 0)) && (
        <div className="plan-document__block">
          <Heading>{t('print.statement.detailsHeading')}</Heading>
          <Details details={shown.details} />
          {blanks && shown.unwritten.map((label) => <BlankLine key={label} label={label} />)}
        </div>
      )}

      <Wishes heading={t('print.statement.wantedHeading')} wishes={shown.wanted} level={level} />
      <Wishes
        heading={t('print.statement.notWantedHeading')}
        wishes={shown.notWanted}
        level={level}
      />

      {shown.texts.length > 0 && (
        <div className="plan-document__block">
          <Heading>{t('print.statement.otherHeading')}</Heading>
          {shown.texts.map(({ name, heading, text }) => (
            <div key={name} className="statement__text">
              <Sub>{heading}</Sub>
              <p className="preserve-lines" dir="auto">
                {text}
              </p>
            </div>
          ))}
        </div>
      )}

      {shown.copies.length > 0 && (
        <div className="plan-document__block">
          <Heading>{t('print.statement.copiesHeading')}</Heading>
          <ul className="plan-document__list">
            {shown.copies.map((holder, index) => (
              <li key={index} className="preserve-lines" dir="auto">
                {holder}
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="plan-document__block statement__signing">
        <Heading>{t('print.statement.signingHeading')}</Heading>
        {shown.kindNote && <p>{shown.kindNote}</p>}
        {shown.signing ? (
          <>
            {shown.signing.said.map((sentence) => (
              <p key={sentence}>{sentence}</p>
            ))}
            <Details details={shown.signing.details} />
          </>
        ) : blanks ? (
          <SignatureBlocks
            scotland={statement.content.jurisdiction === 'scotland'}
            Sub={Sub}
            t={t}
          />
        ) : (
          <p>{t('print.statement.notSignedYet')}</p>
        )}
      </div>
    </div>
  );
}

function Wishes({
  heading,
  wishes,
  level,
}: {
  heading: string;
  wishes: ShownWish[];
  level: 2 | 3;
}) {
  const { t } = useTranslation();
  const Heading = level === 2 ? 'h2' : 'h3';
  if (wishes.length === 0) return null;
  return (
    <div className="plan-document__block">
      <Heading>{heading}</Heading>
      <ul className="plan-document__list">
        {wishes.map((wish, index) => (
          <li key={index} className="plan-document__item">
            {wish.what && (
              <p className="plan-document__name preserve-lines" dir="auto">
                {wish.what}
              </p>
            )}
            {wish.why && (
              <p className="preserve-lines">{t('print.statement.why', { why: wish.why })}</p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Spaces to sign and write in by hand: the person's, then the witness's. */
function SignatureBlocks({
  scotland,
  Sub,
  t,
}: {
  scotland: boolean;
  Sub: 'h3' | 'h4';
  t: Translate;
}) {
  const line = (key: string) => t(`print.statement.lines.${key}`);
  return (
    <>
      <p>{scotland ? t('print.statement.signScotland') : t('print.statement.signOther')}</p>
      <div className="statement__sign">
        <Sub>{t('print.statement.mySignatureHeading')}</Sub>
        <BlankLine label={line('signature')} tall />
        <BlankLine label={line('date')} />
      </div>
      <div className="statement__sign">
        <Sub>{t('print.statement.witnessHeading')}</Sub>
        {scotland && <p className="statement__certification">{t('advance.capacity')}</p>}
        <BlankLine label={line('witnessSignature')} tall />
        <BlankLine label={line('witnessName')} />
        <BlankLine label={line('witnessAddress')} />
        <BlankLine label="" />
        <BlankLine label={line('witnessRole')} />
        <BlankLine label={line('date')} />
      </div>
    </>
  );
}

/** A label and a ruled line to write on. */
function BlankLine({ label, tall = false }: { label: string; tall?: boolean }) {
  return (
    <div className={tall ? 'statement__line statement__line--tall' : 'statement__line'}>
      <span className="statement__line-label">{label}</span>
      <span className="statement__line-space" />
    </div>
  );
}
