/** Largest JSON body the API reads (a whole assessment with notes fits many times over). */
export const MAX_JSON_BYTES = 2 * 1024 * 1024;
/** Largest evidence file (docs/server.md). */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
