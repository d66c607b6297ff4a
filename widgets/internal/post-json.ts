export type PostResult = { ok: true; status: number; body: unknown } | { ok: false; status: number | null; message: string };

/**
 * POSTs JSON and never throws: a timeout, a refused connection, an offline browser and a
 * non-2xx answer all come back as `{ ok: false, message }`, the server's own `message` first.
 * Success is a 2xx answer in JSON that was not redirected: a portal whose session ended
 * answers a POST with its login page (200, HTML, often after a redirect), and that must not
 * count as received (`message: 'not-json'`).
 */
export async function postJson(url: string, body: unknown, headers: Record<string, string>, timeoutMs = 30_000): Promise<PostResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: controller.signal,
      credentials: 'same-origin',
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // a plain-text answer is fine
    }
    const isJson = /[/+]json\b/i.test(response.headers.get('Content-Type') ?? '') && parsed !== text;
    if (response.ok && !response.redirected && isJson) return { ok: true, status: response.status, body: parsed };
    if (response.ok || response.redirected) return { ok: false, status: response.status, message: 'not-json' };
    const serverMessage =
      parsed && typeof parsed === 'object' && typeof (parsed as { message?: unknown }).message === 'string'
        ? (parsed as { message: string }).message
        : `${response.status} ${response.statusText}`.trim();
    return { ok: false, status: response.status, message: serverMessage };
  } catch (error) {
    const aborted = error instanceof DOMException && error.name === 'AbortError';
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    return { ok: false, status: null, message: aborted ? 'timeout' : offline ? 'offline' : error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
