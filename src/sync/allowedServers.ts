/**
 * Where sync may reach: the app's own origin, and any origin its deployment named at build time
 * (WAYMARK_SYNC_ORIGINS; the Content Security Policy lets the page reach nothing else). A person
 * typing another address is told so kindly instead of meeting a blocked request.
 */
export function syncOrigins(): readonly string[] {
  return __SYNC_ORIGINS__;
}

/** Whether this build may reach the database at `url`, given the origins it may reach. */
export function isAllowedServer(
  url: string,
  appOrigin: string,
  origins: readonly string[] = syncOrigins(),
): boolean {
  try {
    const { origin } = new URL(url);
    return origin === appOrigin || origins.includes(origin);
  } catch {
    return false;
  }
}
