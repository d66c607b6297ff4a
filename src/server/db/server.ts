import type { Database, Queryable } from './database.js';
import { missingPackages } from './embedded.js';

/** A PostgreSQL server through a pg connection pool (DATABASE_URL). */
export async function openServer(databaseUrl: string): Promise<Database> {
  let pg: typeof import('pg').default;
  try {
    pg = (await import('pg')).default;
  } catch {
    throw new Error(missingPackages(['pg']));
  }
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // Fail at start, not at the first request, when the server cannot be reached.
  await pool.query('select 1');
  const query = async <Row>(runner: Pick<import('pg').PoolClient, 'query'>, sql: string, params: readonly unknown[] = []) =>
    (await runner.query(sql, [...params])).rows as Row[];
  return {
    kind: 'server',
    query: (sql, params) => query(pool, sql, params),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const tx: Queryable = { query: (sql, params) => query(client, sql, params) };
        const result = await work(tx);
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
