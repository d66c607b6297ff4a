import type { Queryable } from '../db/database.js';

/** One row of the audit log, written in the transaction of the change it records. */
export async function audit(
  tx: Queryable,
  entry: { userId: number | null; action: string; entity: string; entityId: string; before?: unknown; after?: unknown },
): Promise<void> {
  await tx.query('insert into audit_log (user_id, action, entity, entity_id, before, after) values ($1, $2, $3, $4, $5, $6)', [
    entry.userId,
    entry.action,
    entry.entity,
    entry.entityId,
    entry.before === undefined ? null : JSON.stringify(entry.before),
    entry.after === undefined ? null : JSON.stringify(entry.after),
  ]);
}

/** PostgreSQL's unique_violation: a row with this key already exists. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}
