import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { forgetKeyNow } from '../../lock/state';
import { followShiftThreeTimes, quickExit } from '../../lock/quickExit';

const leave = () => quickExit(forgetKeyNow);

/**
 * Quick exit, on every screen: the button, and the Shift key pressed three times. It locks the
 * plan at once (or, with the lock off, clears the screen) and leaves for a neutral page.
 */
export function QuickExitButton() {
  const { t } = useTranslation();
  useEffect(() => followShiftThreeTimes(leave), []);
  return (
    <button
      type="button"
      className="button quick-exit-button"
      aria-label={t('app.quickExit.button')}
      aria-describedby="quick-exit-shortcut"
      onClick={leave}
    >
      {/* A shorter word on a narrow screen or at large text, so Help now keeps its room. */}
      <span className="quick-exit-button__long" aria-hidden="true">
        {t('app.quickExit.button')}
      </span>
      <span className="quick-exit-button__short" aria-hidden="true">
        {t('app.quickExit.short')}
      </span>
      <span id="quick-exit-shortcut" hidden>
        {t('app.quickExit.shortcut')}
      </span>
    </button>
  );
}
