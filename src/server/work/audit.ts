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

export interface AuditEntry {
  id: number;
  at: string;
  userId: number | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** The newest audit rows first, optionally of one entity (`assessment`, `42`). */
export async function readAudit(db: Queryable, filter: { entity?: string | undefined; entityId?: string | undefined; limit: number }): Promise<AuditEntry[]> {
  const rows = await db.query<{ id: string | number; at: Date | string; user_id: string | number | null; action: string; entity: string; entity_id: string; before: unknown; after: unknown }>(
    `select * from audit_log where ($1::text is null or entity = $1) and ($2::text is null or entity_id = $2) order by id desc limit $3`,
    [filter.entity ?? null, filter.entityId ?? null, filter.limit],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    at: new Date(r.at).toISOString(),
    userId: r.user_id === null ? null : Number(r.user_id),
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before,
    after: r.after,
  }));
}
