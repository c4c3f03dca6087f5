import { useTranslation } from 'react-i18next';
import type { MonthProgress } from '../../domain/progress';
import { formatMonth } from '../../ui/formatDate';

export function ProgressTable({ months }: { months: MonthProgress[] }) {
  const { t, i18n } = useTranslation();
  return (
    <table className="data-table">
      <caption>{t('progress.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('progress.month')}</th>
          <th scope="col">{t('progress.steps')}</th>
          <th scope="col">{t('progress.goals')}</th>
        </tr>
      </thead>
      <tbody>
        {months.map((month) => (
          <tr key={month.month}>
            <th scope="row">{formatMonth(month.month, i18n.language, 'long')}</th>
            <td>{month.steps}</td>
            <td>{month.goals}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
