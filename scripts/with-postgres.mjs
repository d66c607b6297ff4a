// Runs a command against a throwaway PostgreSQL server: installs Debian's `postgresql` when
// no server binaries are found (as root, like ensure-chromium), makes a cluster with initdb
// in a temporary directory, starts it on a free loopback port, creates a database, runs the
// command with DATABASE_URL set, and removes the cluster afterwards, whatever the outcome.
//   node scripts/with-postgres.mjs npm run -s test:server
// PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` user
// (which the Debian package creates) and its commands run through `runuser`.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error('usage: node scripts/with-postgres.mjs <command> [args…]');
  process.exit(2);
}

function findBinDir() {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, 'initdb'))) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(base, versions[0], 'bin');
  }
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir && existsSync(join(dir, 'initdb'))) return dir;
  return undefined;
}

let bin = findBinDir();
if (!bin) {
  if (process.getuid?.() !== 0) {
    console.error('PostgreSQL is not installed. Install it (Debian: apt-get install postgresql) or set PG_BIN to its bin directory.');
    process.exit(1);
  }
  console.log('Installing PostgreSQL (Debian package postgresql)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'postgresql'], { stdio: 'inherit', env });
  bin = findBinDir();
  if (!bin) {
    console.error('PostgreSQL was installed but initdb was not found.');
    process.exit(1);
  }
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

const asRoot = process.getuid?.() === 0;
const root = mkdtempSync(join(tmpdir(), 'smart-city-pg-'));
const data = join(root, 'data');
const socketDir = root;
if (asRoot) {
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  chownSync(root, uid, gid);
  chmodSync(root, 0o700);
}
const pg = (tool, args, options = {}) =>
  asRoot ? spawnSync('runuser', ['-u', 'postgres', '--', join(bin, tool), ...args], options) : spawnSync(join(bin, tool), args, options);
const check = (result, what) => {
  if (result.status !== 0) {
    console.error(`${what} failed:\n${result.stdout ?? ''}${result.stderr ?? ''}`);
    cleanUp();
    process.exit(1);
  }
};

const port = await freePort();
let started = false;
function cleanUp() {
  if (started) pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'], { encoding: 'utf8' });
  started = false;
  rmSync(root, { recursive: true, force: true });
}
process.on('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

check(pg('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8'], { encoding: 'utf8' }), 'initdb');
const options = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${socketDir} -c fsync=on`;
check(pg('pg_ctl', ['-D', data, '-o', options, '-l', join(root, 'log'), '-w', 'start'], { encoding: 'utf8' }), 'pg_ctl start');
started = true;
check(pg('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'smart_city_test'], { encoding: 'utf8' }), 'createdb');

const databaseUrl = `postgres://postgres@127.0.0.1:${port}/smart_city_test`;
console.log(`PostgreSQL ${bin.split('/').at(-2) ?? ''} on 127.0.0.1:${port} (throwaway cluster in ${root})`);
// PG_TEST_ADMIN_URL lets a test make more databases on the same server (one per test file).
const child = spawn(command[0], command.slice(1), {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: databaseUrl, PG_TEST_ADMIN_URL: `postgres://postgres@127.0.0.1:${port}/postgres` },
});
child.on('exit', (code, signal) => {
  cleanUp();
  process.exit(code ?? (signal ? 1 : 0));
});
