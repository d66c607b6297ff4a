/*
 * `<smart-city-scorecard src>`: the published report a workspace server answers at
 * /api/public/regions/{code}/report ({ regionCode, periodId, version, publishedAt, assessment,
 * report }). Fetched without credentials (the public endpoint needs none, and a portal on
 * another origin must not send the visitor's cookies); its assessment is then checked by the
 * core like the `assessment` property. Part of the scorecard's view chunk.
 */

/** Why a published report is not shown: the `smart-city-error` code and the words that say it. */
type Failure =
  | { code: 'report-not-found'; reason: 'reportNotFound' }
  | { code: 'report-unavailable'; reason: 'reportUnavailable' }
  | { code: 'report-invalid'; reason: 'reportInvalid' };

export type Published =
  | { src: string; state: 'loading' }
  | { src: string; state: 'loaded'; assessment: unknown; publishedAt: string; invalidAnnounced?: boolean }
  | ({ src: string; state: 'failed' } & Failure);

const failures = {
  'report-not-found': 'reportNotFound',
  'report-unavailable': 'reportUnavailable',
  'report-invalid': 'reportInvalid',
} as const;

const failed = (src: string, code: Failure['code']): Published => ({ src, state: 'failed', code, reason: failures[code] }) as Published;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Loads a published report: 404 is "not found", any other failure to answer "unavailable", a body that is not one "invalid". */
export async function fetchPublished(src: string): Promise<Published> {
  let response: Response;
  try {
    response = await fetch(src, { credentials: 'omit', headers: { accept: 'application/json' } });
  } catch {
    return failed(src, 'report-unavailable'); // offline, DNS, or CORS refused
  }
  if (response.status === 404 || response.status === 410) return failed(src, 'report-not-found');
  if (!response.ok) return failed(src, 'report-unavailable');
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return failed(src, 'report-invalid');
  }
  if (!isRecord(body) || !isRecord(body.assessment)) return failed(src, 'report-invalid');
  return { src, state: 'loaded', assessment: body.assessment, publishedAt: typeof body.publishedAt === 'string' ? body.publishedAt : '' };
}
