import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { hasNavigated } from './router';

/**
 * Each screen's <h1>. It names the browser tab and, after the person moves between screens,
 * takes focus so a screen reader announces where they are now.
 */
export function ScreenHeading({ children }: { children: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = t('app.pageTitle', { page: children });
  }, [t, children]);
  useEffect(() => {
    if (hasNavigated) ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
