// The server's commands: `serve --demo` seeds the sample regions and prints working logins;
// `user create` refuses bad input with where it is wrong.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = new URL('../../src/cli/main.ts', import.meta.url).pathname;
const REGIONS = new URL('../../docs/examples/regions/', import.meta.url);
const dataDir = mkdtempSync(join(tmpdir(), 'scm-cli-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));
const env = { ...process.env, DATABASE_URL: '' };

describe('smart-city-maturity serve and admin commands', () => {
  it('refuses a user with an unknown role, naming the field, exit code 1', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'user', 'create', '--email', 'a@contoh.go.id', '--name', 'A', '--role', 'raja', '--data', dataDir, '--lang', 'en'], { env, encoding: 'utf8' });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /The data sent is not valid\.\n- role: /);
  });

  it('refuses a coordinator without a region, saying which field is needed', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, 'user', 'create', '--email', 'k@contoh.go.id', '--name', 'K', '--role', 'coordinator', '--data', dataDir, '--lang', 'en'], { env, encoding: 'utf8' });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /need a regionCode/);
  });

  it('serve --demo seeds the sample regions and prints logins that work', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--port', '0', '--data', dataDir, '--demo'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const out = await new Promise<string>((resolve, reject) => {
        let text = '';
        child.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes('provinsi@demo.example')) resolve(text);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${text}`)));
      });
      assert.match(out, /Server ruang kerja berjalan/);
      const url = /(http:\/\/[\d.]+:\d+)\//.exec(out)![1]!;
      const password = (email: string) => new RegExp(`${email.replace('.', '\\.')}\\s+(\\S+)`).exec(out)![1]!;
      const health = await fetch(`${url}/api/health`);
      assert.deepEqual(await health.json(), { status: 'ok', database: 'embedded' });

      const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'provinsi@demo.example', password: password('provinsi@demo.example') }) });
      assert.equal(login.status, 200);
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const regions = (await (await fetch(`${url}/api/regions`, { headers: { cookie } })).json()) as { regions: unknown[] };
      // One region per sample file in docs/examples/regions.
      assert.equal(regions.regions.length, readdirSync(REGIONS).filter((f) => f.endsWith('.json')).length);
      const assessments = (await (await fetch(`${url}/api/assessments?period=2026`, { headers: { cookie } })).json()) as { assessments: unknown[] };
      assert.equal(assessments.assessments.length, regions.regions.length);
      const page = await fetch(`${url}/demo/`);
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });
});
