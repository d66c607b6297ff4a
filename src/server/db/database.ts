/**
 * One database interface for the embedded engine (PGlite) and a PostgreSQL server (pg.Pool):
 * the same SQL, migrations and tests run on both. Parameters always travel separately from
 * the SQL text ($1, $2 …); nothing is concatenated into a statement.
 */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface Database extends Queryable {
  /** `embedded` (PGlite in a data directory) or `server` (DATABASE_URL). */
  readonly kind: 'embedded' | 'server';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL connection string; when set, the server's database is used. */
  databaseUrl?: string | undefined;
  /** The data directory of the embedded database, used when `databaseUrl` is not set. */
  dataDir?: string | undefined;
}

/** The one row a statement that always returns one (insert … returning, a fetch by key just written) gave. */
export function single<Row>(rows: readonly Row[]): Row {
  const [row] = rows;
  if (row === undefined) throw new Error('Expected one row, the statement returned none.');
  return row;
}
