import { useTranslation } from 'react-i18next';
import type { DbStatus } from '../db/status';

type Problem = Exclude<DbStatus['state'], 'opening' | 'ready'>;

const KEYS: Record<string, { title: string; body: string; action?: string; reload: boolean }> = {
  unavailable: {
    title: 'db.unavailableTitle',
    body: 'db.unavailable',
    action: 'db.unavailableAction',
    reload: true,
  },
  newerVersion: {
    title: 'db.newerTitle',
    body: 'db.newer',
    action: 'db.newerAction',
    reload: true,
  },
  quota: { title: 'db.quotaTitle', body: 'db.quota', action: 'db.quotaAction', reload: true },
  unknown: {
    title: 'db.unknownTitle',
    body: 'db.unknown',
    action: 'db.unknownAction',
    reload: true,
  },
  blocked: {
    title: 'db.blockedTitle',
    body: 'db.blocked',
    action: 'db.blockedAction',
    reload: false,
  },
  outdated: { title: 'db.outdatedTitle', body: 'db.outdated', reload: true },
};

/** What to say when the plan's database can't be used, and what the person can do. */
export function DatabaseNotice({ status }: { status: Extract<DbStatus, { state: Problem }> }) {
  const { t } = useTranslation();
  const keys = KEYS[status.state === 'failed' ? status.reason : status.state] ?? KEYS.unknown!;
  return (
    <div className="card stack notice" role="alert">
      <h2>{t(keys.title)}</h2>
      <p>{t(keys.body)}</p>
      {keys.action && <p>{t(keys.action)}</p>}
      {keys.reload && (
        <p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => location.reload()}
          >
            {t('db.reload')}
          </button>
        </p>
      )}
    </div>
  );
}
