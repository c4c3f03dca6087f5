/**
 * Collects promise rejections that nothing handled while a test runs. Vitest fails the run on
 * an unhandled rejection unless another listener is present, so a test that expects one (and
 * wants to say so) listens here, then stops listening.
 */
export function collectUnhandledRejections() {
  const reasons: unknown[] = [];
  const listener = (reason: unknown) => reasons.push(reason);
  process.on('unhandledRejection', listener);
  return {
    reasons,
    /** Waits for Node to report rejections left unhandled so far, then stops listening. */
    async stop() {
      await new Promise((resolve) => setTimeout(resolve, 0));
      process.off('unhandledRejection', listener);
    },
  };
}
