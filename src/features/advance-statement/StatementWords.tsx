import { useTranslation } from 'react-i18next';
import {
  STATEMENT_TEXT_FIELDS,
  isStatementEmpty,
  type AdvanceStatementVersion,
  type Wish,
} from '../../domain/advanceStatement';
import { formatDay } from '../../ui/formatDate';

type Level = 3 | 4;
const written = (text: string) => text.trim() !== '';

/**
 * What one version says, read-only and in the person's words: for a signed version, exactly as it
 * was signed (with the names of those holding a copy as they were then). Empty parts are left out.
 */
export function StatementWords({
  version,
  level,
}: {
  version: AdvanceStatementVersion;
  /** The heading level of its parts, so headings stay in order wherever it is shown. */
  level: Level;
}) {
  const { t, i18n } = useTranslation();
  const Heading = `h${level}` as const;
  const { content, signing } = version;
  const about = [
    { label: t('advance.fields.fullName'), text: content.fullName },
    {
      label: t('advance.fields.dateOfBirth'),
      text: content.dateOfBirth && formatDay(content.dateOfBirth, i18n.language),
    },
    { label: t('advance.fields.address'), text: content.address },
  ].filter(({ text }) => written(text));
  const others = STATEMENT_TEXT_FIELDS.map((field) => ({
    label: t(`advance.fields.${field}`),
    text: content[field],
  })).filter(({ text }) => written(text));
  const holders = [...version.copyHolderNames, content.otherCopyHolders].filter(written);

  return (
    <div className="statement-words">
      {content.jurisdiction && (
        <p>
          {t('advance.read.writtenFor', {
            place: t(`advance.place.options.${content.jurisdiction}`),
          })}
        </p>
      )}
      {isStatementEmpty(content) && <p className="empty-note">{t('advance.statement.empty')}</p>}
      {about.length > 0 && (
        <>
          <Heading>{t('advance.fields.aboutHeading')}</Heading>
          <Entries entries={about} />
        </>
      )}
      <WishesRead
        heading={t('advance.wishes.wanted.heading')}
        wishes={content.wanted}
        as={Heading}
      />
      <WishesRead
        heading={t('advance.wishes.notWanted.heading')}
        wishes={content.notWanted}
        as={Heading}
      />
      {others.length > 0 && (
        <>
          <Heading>{t('advance.fields.otherHeading')}</Heading>
          <Entries entries={others} />
        </>
      )}
      {holders.length > 0 && (
        <>
          <Heading>{t('advance.copies.heading')}</Heading>
          <ul>
            {holders.map((holder, index) => (
              <li key={index} className="preserve-lines">
                {holder}
              </li>
            ))}
          </ul>
        </>
      )}
      {signing && (
        <>
          <Heading>{t('advance.read.signingHeading')}</Heading>
          <Entries
            entries={[
              {
                label: t('advance.signing.signedOn'),
                text: formatDay(signing.signedOn, i18n.language),
              },
              { label: t('advance.signing.witnessName'), text: signing.witnessName },
              { label: t('advance.signing.witnessAddress'), text: signing.witnessAddress },
              { label: t('advance.signing.witnessRole'), text: signing.witnessRole },
            ].filter(({ text }) => written(text))}
          />
          {signing.witnessCertified && <p>{t('advance.read.certified')}</p>}
        </>
      )}
    </div>
  );
}

function Entries({ entries }: { entries: { label: string; text: string }[] }) {
  return (
    <dl className="statement-words__entries">
      {entries.map(({ label, text }) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd className="preserve-lines">{text}</dd>
        </div>
      ))}
    </dl>
  );
}

function WishesRead({
  heading,
  wishes,
  as: Heading,
}: {
  heading: string;
  wishes: readonly Wish[];
  as: 'h3' | 'h4';
}) {
  const { t } = useTranslation();
  const said = wishes.filter((wish) => written(wish.what) || written(wish.why));
  if (said.length === 0) return null;
  return (
    <>
      <Heading>{heading}</Heading>
      <ul className="statement-words__wishes">
        {said.map((wish) => (
          <li key={wish.id}>
            {written(wish.what) && <p className="preserve-lines">{wish.what}</p>}
            {written(wish.why) && (
              <p className="preserve-lines muted">
                {t('advance.wishes.whyRead', { why: wish.why })}
              </p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
