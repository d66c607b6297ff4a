import * as z from 'zod/mini';

/**
 * The workspace server's answers the connected questionnaire reads (docs/server.md), checked
 * at the boundary: whatever else a server or a proxy answers is an error in words, never a
 * crash further in.
 */
const UserSchema = z.object({
  id: z.number(),
  name: z.string(),
  role: z.string(),
  opd: z.optional(z.nullable(z.string())),
});
export type ServerUser = z.infer<typeof UserSchema>;

export const MeSchema = z.object({ user: UserSchema, csrfToken: z.string() });

export const AssessmentAnswerSchema = z.object({
  assessment: z.object({ status: z.string(), version: z.number() }),
  /** The whole assessment; the questionnaire validates it when it adopts it. */
  document: z.object({ answers: z.record(z.string(), z.unknown()) }),
});
export type ServerAssessment = z.infer<typeof AssessmentAnswerSchema>;

export const SavedSchema = z.object({ assessment: z.object({ version: z.number() }) });

export const ConflictSchema = z.object({
  currentVersion: z.number(),
  conflicts: z.array(z.object({
    indicatorId: z.string(),
    /** Who changed the indicator, when, and the answer now on the server. */
    theirs: z.object({
      version: z.number(),
      by: z.optional(z.object({ name: z.nullable(z.string()) })),
      at: z.optional(z.string()),
      answer: z.optional(z.unknown()),
    }),
  })),
});
export type Conflict = z.infer<typeof ConflictSchema>['conflicts'][number];

export const EvidenceFileSchema = z.object({
  id: z.string(),
  indicatorId: z.string(),
  fileName: z.string(),
  size: z.number(),
  uploadedAt: z.string(),
});
export type EvidenceFile = z.infer<typeof EvidenceFileSchema>;
export const EvidenceListSchema = z.object({ files: z.array(EvidenceFileSchema) });
export const UploadedSchema = z.object({ file: EvidenceFileSchema });

const ErrorSchema = z.object({ code: z.string(), message: z.string() });
/** A 403 naming the indicators not assigned to the user's OPD. */
export const NotAssignedSchema = z.object({ indicators: z.array(z.string()) });

/** An answer of the server: its JSON (`null` when not JSON), or no answer at all (`status: 0`, offline). */
export interface ServerReply {
  status: number;
  body: unknown;
  etag: number | undefined;
  /** The server's `{ code, message }` of an error (message in the requested language), or a fallback. */
  code: string;
  message: string;
}

/** The version an `ETag: "7"` names. */
export const versionOf = (etag: string | null): number | undefined => {
  const match = /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(etag ?? '');
  return match ? Number(match[1]) : undefined;
};

/** Reads an answer's JSON and its `{ code, message }`, whatever the status. */
export function reply(status: number, text: string, etag: string | null): ServerReply {
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON (a proxy's page): the message says the status
  }
  const error = ErrorSchema.safeParse(body);
  return {
    status,
    body,
    etag: versionOf(etag),
    code: error.success ? error.data.code : status === 0 ? 'offline' : `http_${status}`,
    message: error.success ? error.data.message : `HTTP ${status}`,
  };
}

/** A same-origin request with the session cookie; never throws (no answer is `status: 0`). */
export async function call(
  url: string,
  options: { method?: string; lang: string; csrf?: string | undefined; ifMatch?: number; json?: unknown },
): Promise<ServerReply> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': options.lang };
  if (options.csrf) headers['X-CSRF-Token'] = options.csrf;
  if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`;
  if (options.json !== undefined) headers['Content-Type'] = 'application/json';
  try {
    const response = await fetch(url, {
      method: options.method ?? 'GET',
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      ...(options.json !== undefined ? { body: JSON.stringify(options.json) } : {}),
    });
    return reply(response.status, await response.text(), response.headers.get('ETag'));
  } catch {
    return reply(0, '', null);
  }
}
