/** A usage or file problem: exit code 2, as opposed to invalid data (exit code 1). */
export class UsageError extends Error {}

/** The exit codes, as docs/consultants.md documents them. */
export const EXIT = { ok: 0, invalidData: 1, usage: 2, internal: 3 } as const;
