import { join } from 'node:path';
import type { Database, Queryable } from './database.js';
import { lockDataDir } from './data-dir-lock.js';

/** PGlite (PostgreSQL compiled to WebAssembly) in `dataDir/pgdata`, held with our own lock. */
export async function openEmbedded(dataDir: string): Promise<Database> {
  let PGlite: typeof import('@electric-sql/pglite').PGlite;
  try {
    ({ PGlite } = await import('@electric-sql/pglite'));
  } catch {
    throw new Error(missingPackages(['@electric-sql/pglite']));
  }
  const pgdata = join(dataDir, 'pgdata');
  const release = lockDataDir(dataDir, pgdata);
  let db: InstanceType<typeof PGlite>;
  try {
    db = await PGlite.create(pgdata);
  } catch (error) {
    release();
    throw error;
  }
  const asQueryable = (q: { query: (sql: string, params?: unknown[]) => Promise<{ rows: unknown[] }> }): Queryable => ({
    query: async <Row>(sql: string, params: readonly unknown[] = []) => (await q.query(sql, [...params])).rows as Row[],
  });
  return {
    kind: 'embedded',
    ...asQueryable(db),
    transaction: (work) => db.transaction((tx) => work(asQueryable(tx))),
    close: async () => {
      try {
        await db.close();
      } finally {
        release();
      }
    },
  };
}

/** The message for a server started without its optional packages. */
export function missingPackages(names: string[]): string {
  return `The workspace server needs ${names.join(', ')}, which a widgets-only install leaves out. Install them next to smart-city-maturity: npm install ${names.join(' ')}`;
}
