import { useTranslation } from 'react-i18next';
import { displayNumber, helpLinesFor, HELP_LINES, type HelpLine } from '../../domain/helpLines';
import { telHref } from '../../domain/contactLinks';
import { Link } from '../../ui/Link';
import { useStore } from '../../ui/useStore';
import { helpNowData } from './helpNowData';

/**
 * The person's own contacts first, then emergency numbers, then help lines for where they live.
 * Everything here is static data or a plain store: it shows even if the database is broken.
 */
export function HelpNowContent({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const data = useStore(helpNowData);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const lines = helpLinesFor(data.nation, data.hiddenHelpLines).filter((line) => !line.emergency);
  const emergency = HELP_LINES.find((line) => line.emergency);

  return (
    <div className="help-now stack">
      <p>{t('helpNow.intro')}</p>

      <section aria-labelledby="help-now-people">
        <Heading id="help-now-people">{t('helpNow.yourPeopleHeading')}</Heading>
        {data.contacts.length === 0 ? (
          <p>{t('helpNow.noPeople')}</p>
        ) : (
          <>
            <p>
              {data.fromCrisisPlan
                ? t('helpNow.yourPeopleFromPlan')
                : t('helpNow.yourPeopleFromContacts')}
            </p>
            <ul className="help-now__list">
              {data.contacts.map((contact) => {
                const tel = telHref(contact.phone);
                return (
                  <li key={contact.id} className="help-now__item">
                    <p className="help-now__name">{contact.name}</p>
                    {contact.role && <p className="preserve-lines">{contact.role}</p>}
                    {tel && (
                      <p className="actions">
                        <a className="button button--primary" href={tel}>
                          {t('helpNow.call', { name: contact.name })}
                        </a>
                        <a className="button" href={tel.replace(/^tel:/, 'sms:')}>
                          {t('helpNow.text', { name: contact.name })}
                        </a>
                      </p>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>

      {emergency && (
        <section aria-labelledby="help-now-emergency" className="help-now__emergency">
          <Heading id="help-now-emergency">{t('helpNow.emergencyHeading')}</Heading>
          <p>{t('helpNow.emergency')}</p>
          <p>
            <a className="button button--primary" href="tel:999">
              {t('helpNow.callEmergency')}
            </a>
          </p>
        </section>
      )}

      <section aria-labelledby="help-now-lines">
        <Heading id="help-now-lines">{t('helpNow.linesHeading')}</Heading>
        <p>
          {data.nation === 'elsewhere'
            ? t('helpNow.linesElsewhere')
            : data.nation
              ? t('helpNow.linesFor', { nation: t(`nations.${data.nation}`) })
              : t('helpNow.linesForAll')}
        </p>
        <ul className="help-now__list">
          {lines.map((line) => (
            <HelpLineItem key={line.id} line={line} />
          ))}
        </ul>
      </section>

      {data.ownHelpLines.length > 0 && (
        <section aria-labelledby="help-now-own">
          <Heading id="help-now-own">{t('helpNow.ownHeading')}</Heading>
          <ul className="help-now__list">
            {data.ownHelpLines.map((line) => {
              const tel = telHref(line.phone);
              return (
                <li key={line.id} className="help-now__item">
                  <p className="help-now__name">{line.name}</p>
                  {line.notes && <p>{line.notes}</p>}
                  {tel && (
                    <p>
                      <a className="button" href={tel}>
                        {t('helpNow.callLine', { name: line.name, number: line.phone })}
                      </a>
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <p>
        <Link href="/settings">{t('helpNow.change')}</Link>
      </p>
    </div>
  );
}

function HelpLineItem({ line }: { line: HelpLine }) {
  const { t } = useTranslation();
  const number = line.phone ? displayNumber(line.phone) : '';
  return (
    <li className="help-now__item">
      <p className="help-now__name">{line.name}</p>
      <p>{t(`helpNow.lines.${line.id}.what`)}</p>
      <p className="muted">{t('helpNow.when', { when: t(`helpNow.lines.${line.id}.when`) })}</p>
      <p className="actions">
        {line.phone && (
          <a className="button" href={`tel:${line.phone}`}>
            {t('helpNow.callLine', { name: line.name, number })}
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
