import type { Database, DatabaseOptions } from './database.js';
import { openEmbedded } from './embedded.js';
import { migrate } from './migrate.js';
import { openServer } from './server.js';

/** Opens the database the options name and brings its schema up to date. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const db = options.databaseUrl ? await openServer(options.databaseUrl) : await openEmbedded(options.dataDir ?? 'data');
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
