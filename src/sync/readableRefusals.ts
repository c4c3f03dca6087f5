/**
 * A refused name or password always reads as one. CouchDB answers 401 and 403 in JSON, but a
 * proxy in front of it (a web server's own password check) may answer with an HTML page, which
 * PouchDB cannot read: it would report a failed request, and the person would be told the server
 * cannot be reached when it is their password that was refused. Such an answer is given to
 * PouchDB as CouchDB would have given it; every other answer passes through untouched.
 */
/** How PouchDB asks for a URL (its `fetch` option). */
export type Fetcher = (url: string, options: RequestInit) => Promise<Response>;

export function readableRefusals(fetcher: Fetcher): Fetcher {
  return async (url, options) => {
    const response = await fetcher(url, options);
    const refused = response.status === 401 || response.status === 403;
    if (!refused || /\bjson\b/i.test(response.headers.get('content-type') ?? '')) return response;
    const body = {
      error: response.status === 401 ? 'unauthorized' : 'forbidden',
      reason: response.statusText || 'The server refused the name or password.',
    };
    return new Response(JSON.stringify(body), {
      status: response.status,
      statusText: response.statusText,
      headers: { 'content-type': 'application/json' },
    });
  };
}
