import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18next } from '../i18n';
import { ScreenShown } from '../ui/screenShown';

interface State {
  failed: boolean;
}

/**
 * Catches a screen that stops working and says so kindly. Written as a class because React has
 * no hook for this; text comes from i18next directly for the same reason.
 */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidUpdate(previous: { resetKey?: string }) {
    // Moving to another screen gives it a fresh start.
    if (this.state.failed && previous.resetKey !== this.props.resetKey) {
      this.setState({ failed: false });
    }
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const t = i18next.t.bind(i18next);
    return (
      <div className="card stack" role="alert">
        <ScreenShown />
        <h1>{t('crash.title')}</h1>
        <p>{t('crash.body')}</p>
        <p className="actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => location.reload()}
          >
            {t('crash.reload')}
          </button>
          <a className="button" href="/">
            {t('crash.home')}
          </a>
        </p>
      </div>
    );
  }
}
