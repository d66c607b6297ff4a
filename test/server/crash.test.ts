// Crash: the server process is killed with SIGKILL in the middle of a burst of saves; after a
// restart every save it acknowledged is there. Runs the real command (`serve`), on PGlite and,
// with DATABASE_URL, on PostgreSQL.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engines } from './helpers.js';

const CLI = new URL('../../src/cli/main.ts', import.meta.url).pathname;
const dirs: string[] = [];
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function cli(args: string[], env: NodeJS.ProcessEnv): string {
  return execFileSync(process.execPath, ['--import', 'tsx', CLI, ...args, '--lang', 'en'], { env, encoding: 'utf8' });
}

/** Starts `serve` and resolves with its address once it prints it. */
function serve(dataDir: string, env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--port', '0', '--data', dataDir, '--lang', 'en'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /running: (http:\/\/[\d.]+:\d+)\//.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${out}`)));
  });
}

async function signIn(url: string, email: string, password: string): Promise<(method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<Response>> {
  const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  assert.equal(login.status, 200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return (method, path, body, headers = {}) =>
    fetch(`${url}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
}

const INDICATORS = ['governance.service.mpp', 'governance.service.online', 'governance.service.complaint', 'governance.bureaucracy.eoffice', 'living.health.records', 'living.health.emergency'];

for (const engine of engines) {
  describe(`a SIGKILL during a burst of saves on ${engine.name}`, () => {
    it('loses no acknowledged save', async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'scm-crash-'));
      dirs.push(dataDir);
      const env: NodeJS.ProcessEnv = { ...process.env };
      let dispose = async () => {};
      if (engine.name === 'PGlite') delete env.DATABASE_URL;
      else {
        // A database of its own: opened once by the helper (migrated), then used by the child.
        const opened = await engine.open();
        env.DATABASE_URL = opened.options.databaseUrl;
        await opened.db.close();
        dispose = async () => {};
      }
      const created = cli(['user', 'create', '--email', 'admin@contoh.go.id', '--name', 'Admin', '--role', 'admin', '--data', dataDir], env);
      const password = /Password \(shown this once\): (\S+)/.exec(created)?.[1];
      assert.ok(password, created);

      const first = await serve(dataDir, env);
      const api = await signIn(first.url, 'admin@contoh.go.id', password);
      assert.equal((await api('POST', '/api/regions', { code: '99.72', name: 'Kota Tepian', kind: 'kota', province: 'Kalimantan Timur' })).status, 201);
      assert.equal((await api('POST', '/api/periods', { id: '2026', title: '2026' })).status, 201);
      const assessment = (await (await api('POST', '/api/assessments', { regionCode: '99.72', periodId: '2026' })).json()) as { assessment: { id: number } };
      const id = assessment.assessment.id;

      // Four writers save in a loop; the process is killed once 40 saves were acknowledged,
      // with more in flight.
      const acknowledged: { version: number; indicator: string; level: number }[] = [];
      let killed = false;
      const writer = async (w: number) => {
        for (let n = 0; !killed; n++) {
          const indicator = INDICATORS[(w + n) % INDICATORS.length]!;
          const level = 1 + ((w * 7 + n) % 5);
          try {
            const answer = await api('PATCH', `/api/assessments/${id}`, { answers: { [indicator]: { level } } }, { 'if-match': '"1"' });
            if (answer.status === 200) acknowledged.push({ version: Number((answer.headers.get('etag') ?? '').replaceAll('"', '')), indicator, level });
          } catch {
            return; // the connection died with the process
          }
          if (acknowledged.length >= 40 && !killed) {
            killed = true;
            first.child.kill('SIGKILL');
          }
        }
      };
      await Promise.all([0, 1, 2, 3].map(writer));
      await new Promise((resolve) => (first.child.exitCode !== null || first.child.signalCode !== null ? resolve(null) : first.child.once('exit', resolve)));
      assert.ok(acknowledged.length >= 40);

      const second = await serve(dataDir, env);
      try {
        const again = await signIn(second.url, 'admin@contoh.go.id', password);
        for (const save of acknowledged) {
          const answer = await again('GET', `/api/assessments/${id}/versions/${save.version}`);
          assert.equal(answer.status, 200, `version ${save.version} is missing after the restart`);
          const { document } = (await answer.json()) as { document: { answers: Record<string, unknown> } };
          assert.deepEqual(document.answers[save.indicator], { level: save.level }, `version ${save.version}`);
        }
      } finally {
        second.child.kill('SIGTERM');
        await new Promise((resolve) => second.child.once('exit', resolve));
        await dispose();
      }
    });
  });
}
