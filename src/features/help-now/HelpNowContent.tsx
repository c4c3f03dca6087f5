import { useTranslation } from 'react-i18next';
import { CheckedEnglish } from '../../ui/CheckedEnglish';
import { EMERGENCY_LINE, helpLinesFor } from '../../domain/helpLines';
import { lockView } from '../../lock/state';
import { Link } from '../../ui/Link';
import { useStore } from '../../ui/useStore';
import { ContactList } from './ContactList';
import { HelpLineList } from './HelpLineList';
import { helpNowData, sharedPlanHelp } from './helpNowData';

interface Props {
  headingLevel?: 2 | 3;
  /**
   * Someone reading a plan that was shared with them: Help now speaks about the person whose
   * plan it is, and shows the people that plan names, not this device's.
   */
  forRecipient?: boolean;
}

/**
 * 999 first, always; then the person's own contacts, their crisis plan, and help lines for where
 * they live, round-the-clock lines first. Everything here is static data or a plain store: it
 * shows even if the database is broken.
 */
export function HelpNowContent({ headingLevel = 2, forRecipient = false }: Props) {
  const { t } = useTranslation();
  const data = useStore(helpNowData);
  const shared = useStore(sharedPlanHelp);
  // While the plan is locked its people cannot be read: say so, rather than that there are none.
  const locked = useStore(lockView).state === 'locked';
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const nation = forRecipient ? '' : data.nation;
  const hidden = forRecipient ? [] : data.hiddenHelpLines;
  const lines = helpLinesFor(nation, hidden).filter((line) => !line.emergency);
  const name = shared?.name.trim() ?? '';
  const contacts = forRecipient ? (shared?.contacts ?? []) : data.contacts;

  const emergencyKey = !forRecipient
    ? 'helpNow.emergency'
    : name
      ? 'helpNow.recipient.emergency'
      : 'helpNow.recipient.emergencyNoName';
  return (
    <div className="help-now stack">
      <section aria-labelledby="help-now-emergency" className="help-now__emergency">
        <Heading id="help-now-emergency">{t('helpNow.emergencyHeading')}</Heading>
        <p>
          <a
            className="button button--primary button--emergency"
            href={`tel:${EMERGENCY_LINE.phone}`}
          >
            {t('helpNow.callEmergency')}
          </a>
        </p>
        <p>
          {t(emergencyKey, { name })}
          <CheckedEnglish k={emergencyKey} options={{ name }} />
        </p>
      </section>

      <p>{forRecipient ? t('helpNow.recipient.intro') : t('helpNow.intro')}</p>

      <section aria-labelledby="help-now-people">
        <Heading id="help-now-people">
          {forRecipient
            ? name
              ? t('helpNow.recipient.peopleHeading', { name })
              : t('helpNow.recipient.peopleHeadingNoName')
            : t('helpNow.yourPeopleHeading')}
        </Heading>
        {contacts.length === 0 ? (
          <p>
            {forRecipient
              ? t('helpNow.recipient.noPeople')
              : locked
                ? t('helpNow.lockedPeople')
                : t('helpNow.noPeople')}
          </p>
        ) : (
          <>
            {!forRecipient && (
              <p>
                {data.fromCrisisPlan
                  ? t('helpNow.yourPeopleFromPlan')
                  : t('helpNow.yourPeopleFromContacts')}
              </p>
            )}
            <ContactList contacts={contacts} />
          </>
        )}
      </section>

      {!forRecipient && (data.hasCrisisPlan || data.hasReasons) && (
        <section aria-labelledby="help-now-plan">
          <Heading id="help-now-plan">{t('helpNow.yourPlanHeading')}</Heading>
          <ul className="help-now__links">
            {data.hasReasons && (
              <li>
                <Link className="button" href="/crisis-plan#crisis-read-reasonsForLiving">
                  {t('helpNow.reasonsLink')}
                </Link>
              </li>
            )}
            {data.hasCrisisPlan && (
              <li>
                <Link className="button" href="/crisis-plan">
                  {t('helpNow.crisisPlanLink')}
                </Link>
              </li>
            )}
          </ul>
        </section>
      )}

      <section aria-labelledby="help-now-lines">
        <Heading id="help-now-lines">{t('helpNow.linesHeading')}</Heading>
        <p>
          {forRecipient
            ? t('helpNow.recipient.lines')
            : data.nation === 'elsewhere'
              ? t('helpNow.linesElsewhere')
              : data.nation
                ? t('helpNow.linesFor', { nation: t(`nations.${data.nation}`) })
                : t('helpNow.linesForAll')}
        </p>
        <HelpLineList lines={lines} />
      </section>

      {!forRecipient && data.ownHelpLines.length > 0 && (
        <section aria-labelledby="help-now-own">
          <Heading id="help-now-own">{t('helpNow.ownHeading')}</Heading>
          <ContactList
            contacts={data.ownHelpLines.map((line) => ({
              id: line.id,
              name: line.name,
              phone: line.phone,
              role: line.notes,
            }))}
          />
        </section>
      )}

      {!forRecipient && (
        <p>
          <Link href="/settings">{t('helpNow.change')}</Link>
        </p>
      )}
    </div>
  );
}
