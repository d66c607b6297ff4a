import { existsSync, readFileSync, readdirSync } from 'node:fs';
import type { Database } from './database.js';

/**
 * The SQL migrations, `NNNN_name.sql`: src/server/migrations beside the sources, and
 * dist/migrations in the build (rollup copies them; the code is in dist/ or dist/chunks/).
 */
const MIGRATIONS_DIR = [new URL('../migrations/', import.meta.url), new URL('./migrations/', import.meta.url)].find((url) => existsSync(url)) ?? new URL('../migrations/', import.meta.url);

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function readMigrations(dir: URL = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .map((file) => /^(\d{4})_([\w-]+)\.sql$/.exec(file))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([file, version, name]) => ({ version: Number(version), name: name ?? '', sql: readFileSync(new URL(file, dir), 'utf8') }))
    .sort((a, b) => a.version - b.version);
}

/**
 * Applies every migration not yet applied, each in its own transaction with its record in
 * schema_migrations, so a failed one leaves the database at the previous version. An
 * advisory lock keeps two servers starting against one PostgreSQL from applying one twice.
 */
export async function migrate(db: Database, migrations: Migration[] = readMigrations()): Promise<number[]> {
  await db.query('create table if not exists schema_migrations (version integer primary key, name text not null, applied_at timestamptz not null default now())');
  const applied: number[] = [];
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock(7261001)');
      const [row] = await tx.query('select 1 from schema_migrations where version = $1', [migration.version]);
      if (row) return false;
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [migration.version, migration.name]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}

/** Our migrations hold plain statements (no functions with bodies): `;` at a line's end ends one. */
function splitStatements(sql: string): string[] {
  return sql
    .replace(/--.*$/gm, '')
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}
