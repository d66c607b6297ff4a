/**
 * The workspace pages' calls to the server's API, on the same origin with the session
 * cookie. Writes carry the session's CSRF token (read once from /api/auth/me). Never throws:
 * a refused connection comes back as `{ ok: false, status: null }`.
 */
export interface ApiAnswer {
  ok: boolean;
  /** null: no answer (offline, refused). */
  status: number | null;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each caller reads the shape its route documents
  body: any;
  headers: Headers | null;
}

let csrf: Promise<string> | undefined;

/** The session's CSRF token; forgotten when it fails, so the next write asks again. */
function csrfToken(): Promise<string> {
  csrf ??= fetch('/api/auth/me', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(async (response) => ((await response.json()) as { csrfToken?: string | null }).csrfToken ?? '')
    .catch(() => {
      csrf = undefined;
      return '';
    });
  return csrf;
}

export async function api(method: 'GET' | 'POST' | 'PATCH', path: string, options: { body?: unknown; headers?: Record<string, string>; lang?: string } = {}): Promise<ApiAnswer> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': options.lang === 'en' ? 'en' : 'id', ...options.headers };
  if (method !== 'GET') headers['X-CSRF-Token'] = await csrfToken();
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    const response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
    const text = await response.text();
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = null;
    }
    return { ok: response.ok, status: response.status, body, headers: response.headers };
  } catch {
    return { ok: false, status: null, body: null, headers: null };
  }
}

/** The server's own words for a refusal (it answers in the page's language), or ours for no answer. */
export function problemText(answer: ApiAnswer, noAnswer: string): string {
  const message = answer.body && typeof answer.body === 'object' ? (answer.body as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : answer.status === null ? noAnswer : `HTTP ${answer.status}`;
}

/** The page's language as the elements use it. */
export const langOf = (value: string): 'id' | 'en' => (value === 'en' ? 'en' : 'id');
