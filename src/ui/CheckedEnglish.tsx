import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isDraft } from '../i18n/languages';

/**
 * Beside words a translation slip could make dangerous — a help line's hours, what the law says —
 * the checked English, for as long as the language shown is a draft no fluent speaker has
 * reviewed. Nothing at all in English or in a reviewed language.
 */
export function CheckedEnglish({
  k,
  options,
}: {
  k: string;
  options?: Record<string, string | number>;
}) {
  const { t, i18n } = useTranslation();
  if (!isDraft(i18n.language)) return null;
  const english = i18n.getFixedT(DEFAULT_LANGUAGE);
  return (
    <span className="checked-english">
      {t('app.checkedEnglish')}{' '}
      <span lang={DEFAULT_LANGUAGE} dir="ltr">
        {english(k, options)}
      </span>
    </span>
  );
}
