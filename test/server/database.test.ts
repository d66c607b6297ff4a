// The database layer on the embedded engine and, when DATABASE_URL is set (CI runs this file
// again through scripts/with-postgres.mjs), on a real PostgreSQL server.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/server/db/open.js';
import { DataDirInUseError } from '../../src/server/db/data-dir-lock.js';
import { readMigrations } from '../../src/server/db/migrate.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'scm-db-'));
  dirs.push(dir);
  return dir;
};
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const engines: { name: string; options: () => { dataDir?: string | undefined; databaseUrl?: string | undefined } }[] = [{ name: 'PGlite', options: () => ({ dataDir: tempDir() }) }];
if (process.env.DATABASE_URL) engines.push({ name: 'PostgreSQL', options: () => ({ databaseUrl: process.env.DATABASE_URL }) });

for (const engine of engines) {
  describe(`the database on ${engine.name}`, () => {
    it('applies every migration once, and again is a no-op', async () => {
      const options = engine.options();
      const db = await openDatabase(options);
      try {
        const versions = (await db.query<{ version: number }>('select version from schema_migrations order by version')).map((r) => r.version);
        assert.deepEqual(versions, readMigrations().map((m) => m.version));
        const tables = (await db.query<{ table_name: string }>("select table_name from information_schema.tables where table_schema = 'public' order by table_name")).map((r) => r.table_name);
        for (const table of ['assessment_versions', 'assessments', 'audit_log', 'evidence_files', 'published_reports', 'regions', 'submissions', 'users']) assert.ok(tables.includes(table), table);
      } finally {
        await db.close();
      }
      const again = await openDatabase(options);
      const count = await again.query<{ n: number }>('select count(*)::int as n from schema_migrations');
      assert.equal(count[0]!.n, readMigrations().length);
      await again.close();
    });

    it('rolls a failed transaction back and keeps parameters out of the SQL text', async () => {
      const db = await openDatabase(engine.options());
      try {
        const hostile = "x'); drop table regions; --";
        await assert.rejects(
          db.transaction(async (tx) => {
            await tx.query("insert into regions (code, name, kind, province) values ($1, $2, 'kota', 'Kalimantan Timur')", ['99.01', hostile]);
            throw new Error('stop');
          }),
          /stop/,
        );
        assert.deepEqual(await db.query('select * from regions where code = $1', ['99.01']), []);
        await db.query("insert into regions (code, name, kind, province) values ($1, $2, 'kota', 'Kalimantan Timur')", ['99.02', hostile]);
        const [row] = await db.query<{ name: string }>('select name from regions where code = $1', ['99.02']);
        assert.equal(row!.name, hostile);
        await db.query('delete from regions where code = $1', ['99.02']);
      } finally {
        await db.close();
      }
    });
  });
}

describe('the embedded data directory', () => {
  it('refuses a second opener while the first is alive, naming its process', async () => {
    const dataDir = tempDir();
    const first = await openDatabase({ dataDir });
    try {
      // A second process: our own lock names this test's pid.
      writeFileSync(join(dataDir, 'smart-city-server.lock'), `${process.ppid}\n`);
      await assert.rejects(openDatabase({ dataDir }), (error: unknown) => error instanceof DataDirInUseError && error.pid === process.ppid && error.message.includes(String(process.ppid)));
    } finally {
      writeFileSync(join(dataDir, 'smart-city-server.lock'), `${process.pid}\n`);
      await first.close();
    }
  });

  it('opens again after its owner was killed with SIGKILL, with what was committed', async () => {
    const dataDir = tempDir();
    // A child process opens the directory, commits a row, reports it, then waits to be killed.
    const script = `
      import { openDatabase } from ${JSON.stringify(new URL('../../src/server/db/open.ts', import.meta.url).pathname)};
      const db = await openDatabase({ dataDir: ${JSON.stringify(dataDir)} });
      await db.query("insert into regions (code, name, kind, province) values ('64.74', 'Kota Bontang', 'kota', 'Kalimantan Timur')");
      console.log('committed');
      setInterval(() => {}, 1000);
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('committed') && resolve());
      child.on('exit', (code) => reject(new Error(`child exited ${code}`)));
    });
    assert.equal(readFileSync(join(dataDir, 'smart-city-server.lock'), 'utf8').trim(), String(child.pid));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    assert.ok(existsSync(join(dataDir, 'smart-city-server.lock')), 'the killed owner leaves its lock behind');

    const db = await Promise.race([
      openDatabase({ dataDir }),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('opening hung after SIGKILL')), 20_000)),
    ]);
    try {
      const rows = await db.query<{ name: string }>("select name from regions where code = '64.74'");
      assert.deepEqual(rows, [{ name: 'Kota Bontang' }]);
    } finally {
      await db.close();
    }
  });
});
