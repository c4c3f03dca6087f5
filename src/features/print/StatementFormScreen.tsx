import './print.css';
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { today } from '../../domain/dates';
import { toStatementView } from '../../domain/planView';
import { getAboutMe } from '../../db/repositories/aboutMe';
import { getVersion } from '../../db/repositories/advanceStatements';
import { peopleRepository } from '../../db/repositories/people';
import { Link } from '../../ui/Link';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { displayDate, statementTitle } from './documentParts';
import { PrintedDocument, PrintPreview } from './PrintedDocument';
import { StatementContent } from './StatementContent';

const STATEMENT_PATH = '/advance-statement';

const INTRO = {
  draft: 'print.statement.introDraft',
  signed: 'print.statement.introSigned',
  withdrawn: 'print.statement.introWithdrawn',
} as const;

/** Reads one version, with the names of the people holding a copy; null when there is none. */
async function readStatement(id: string) {
  const [version, people, aboutMe] = await Promise.all([
    getVersion(id),
    peopleRepository.list(),
    getAboutMe(),
  ]);
  return {
    statement: version ? toStatementView(version, people) : null,
    name: aboutMe?.preferredName ?? '',
  };
}

/**
 * One version of the advance statement on A4: a draft as a form to sign, with blank lines for the
 * person, their witness and (in Scotland) the witness's certificate; a signed version as a copy
 * of what was signed. Every printed page carries the name, the version and "Page X of Y".
 */
export function StatementFormScreen({ params }: { params: Record<string, string> }) {
  const { t, i18n } = useTranslation();
  const id = params.id ?? '';
  // `null` while loading; `statement: null` inside the result when there is no such version.
  const found = useLiveQuery(() => readStatement(id), [id], null);
  const printedOn = useMemo(() => today(), []);
  if (!found) return null;
  const { statement, name } = found;

  if (!statement) {
    return (
      <>
        <ScreenHeading>{t('print.statement.notFoundTitle')}</ScreenHeading>
        <p>{t('print.statement.notFound')}</p>
        <p>
          <Link href={STATEMENT_PATH} className="button button--primary">
            {t('print.statement.back')}
          </Link>
        </p>
      </>
    );
  }

  const { number } = statement;
  return (
    <>
      <div className="print-hide">
        <p>
          <Link href={STATEMENT_PATH}>{t('print.statement.back')}</Link>
        </p>
        <ScreenHeading>{t('print.statement.screenTitle', { number })}</ScreenHeading>
        <div className="card stack">
          <p>{t(INTRO[statement.status], { number })}</p>
          <p className="actions">
            <button type="button" className="button button--primary" onClick={() => window.print()}>
              {t('print.print')}
            </button>
          </p>
          <p className="muted">{t('print.statement.printHint')}</p>
        </div>
      </div>
      <PrintPreview id="statement-preview">
        <PrintedDocument
          title={statementTitle(t, statement.content.fullName, name)}
          dated={t('print.statement.dated', {
            number,
            date: displayDate(printedOn, i18n.language),
          })}
        >
          <StatementContent statement={statement} level={2} form />
        </PrintedDocument>
      </PrintPreview>
    </>
  );
}
