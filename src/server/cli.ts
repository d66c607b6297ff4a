import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import type { Lang } from '../schema/localized.js';
import type { Database } from './db/database.js';
import { openDatabase } from './db/open.js';
import { ApiError, ERRORS } from './http/errors.js';
import { parseWith } from './http/input.js';
import { UserInputSchema } from './schemas.js';
import { missingPackages } from './db/embedded.js';
import { createToken, createUser, findLogin } from './work/accounts.js';

/** The CLI's server commands; src/cli/main.ts hands these over without loading the server otherwise. */
export const SERVER_COMMANDS: ReadonlySet<string> = new Set(['serve', 'user', 'token']);

const usage = {
  id: `Perintah server ruang kerja:
  serve [--port 8080] [--host 127.0.0.1] [--data DIR] [--demo]
        basis data tertanam di DIR (bawaan ./data), atau PostgreSQL bila DATABASE_URL diisi
  user create --email E --name N --role admin|coordinator|contributor|assessor|viewer
        [--region KODE] [--province NAMA] [--opd NAMA] [--data DIR]   (kata sandi acak dicetak sekali)
  token create --email E --name N [--data DIR]                       (token dicetak sekali)`,
  en: `Workspace server commands:
  serve [--port 8080] [--host 127.0.0.1] [--data DIR] [--demo]
        embedded database in DIR (default ./data), or PostgreSQL when DATABASE_URL is set
  user create --email E --name N --role admin|coordinator|contributor|assessor|viewer
        [--region CODE] [--province NAME] [--opd NAME] [--data DIR]   (a random password is printed once)
  token create --email E --name N [--data DIR]                       (the token is printed once)`,
};

const words = {
  id: {
    listening: (url: string) => `Server ruang kerja berjalan: ${url}/ (API: ${url}/api/, OpenAPI: ${url}/api/openapi.json). Tekan Ctrl+C untuk berhenti.`,
    demo: 'Akun demo (kata sandi baru setiap kali server dimulai):',
    created: (email: string, password: string) => `Akun ${email} dibuat. Kata sandi (hanya ditampilkan sekali): ${password}`,
    token: (token: string) => `Token API (hanya ditampilkan sekali; kirim sebagai "Authorization: Bearer …"):\n${token}`,
    noUser: (email: string) => `Tidak ada akun aktif dengan surel ${email}.`,
    badPort: 'Nomor port harus bilangan bulat 0–65535.',
  },
  en: {
    listening: (url: string) => `Workspace server running: ${url}/ (API: ${url}/api/, OpenAPI: ${url}/api/openapi.json). Press Ctrl+C to stop.`,
    demo: 'Demo accounts (new passwords on every start):',
    created: (email: string, password: string) => `Account ${email} created. Password (shown this once): ${password}`,
    token: (token: string) => `API token (shown this once; send it as "Authorization: Bearer …"):\n${token}`,
    noUser: (email: string) => `No active account with the e-mail ${email}.`,
    badPort: 'The port must be a whole number from 0 to 65535.',
  },
};

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/**
 * Runs `serve`, `user create` or `token create`. Returns the exit code (0 done, 1 invalid
 * data, 2 wrong usage); `serve` resolves only when the server stops.
 */
export async function runServerCommand(argv: readonly string[], io: Io = { out: console.log, err: console.error }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        demo: { type: 'boolean' },
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        region: { type: 'string' },
        province: { type: 'string' },
        opd: { type: 'string' },
        lang: { type: 'string', default: 'id' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${usage.en}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const lang: Lang = values.lang === 'en' ? 'en' : 'id';
  const w = words[lang];
  const [command, sub] = positionals;
  if (values.help) {
    io.out(usage[lang]);
    return 0;
  }
  const dataDir = values.data ?? 'data';
  const databaseUrl = process.env.DATABASE_URL || undefined;
  try {
    if (command === 'serve') {
      const port = Number(values.port ?? process.env.PORT ?? 8080);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        io.err(w.badPort);
        return 2;
      }
      const { startServer } = await loadHttp();
      const server = await startServer({ port, dataDir, databaseUrl, demo: values.demo ?? false, ...(values.host ? { host: values.host } : {}), trustProxy: process.env.TRUST_PROXY === '1' });
      io.out(w.listening(server.url));
      if (server.demoAccounts.length > 0) {
        io.out(w.demo);
        for (const a of server.demoAccounts) io.out(`  ${a.email.padEnd(26)} ${a.password}  (${a.what[lang]})`);
      }
      await new Promise<void>((resolve) => {
        const stop = () => void server.close().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      return 0;
    }
    if (command === 'user' && sub === 'create') {
      const password = randomBytes(12).toString('base64url');
      const input = parseWith(
        UserInputSchema,
        { email: values.email, name: values.name, role: values.role, password, ...(values.region ? { regionCode: values.region } : {}), ...(values.province ? { province: values.province } : {}), ...(values.opd ? { opd: values.opd } : {}) },
        lang,
      );
      await withDatabase({ databaseUrl, dataDir }, (db) => createUser(db, input, null));
      io.out(w.created(input.email, password));
      return 0;
    }
    if (command === 'token' && sub === 'create') {
      const email = (values.email ?? '').trim().toLowerCase();
      const token = await withDatabase({ databaseUrl, dataDir }, async (db) => {
        const user = await findLogin(db, email);
        return user && (await createToken(db, user.id, values.name ?? 'cli'));
      });
      if (!token) {
        io.err(w.noUser(email));
        return 1;
      }
      io.out(w.token(token.token));
      return 0;
    }
    io.err(usage[lang]);
    return 2;
  } catch (error) {
    if (error instanceof ApiError) {
      const issues = (error.details.issues as { where: string; message: string }[] | undefined) ?? [];
      io.err([ERRORS[error.code][lang], ...issues.map((i) => `- ${i.where}: ${i.message}`)].join('\n'));
      return 1;
    }
    io.err(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

async function withDatabase<T>(options: { databaseUrl: string | undefined; dataDir: string }, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(options);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

/** The HTTP part, loaded only for `serve`: a missing optional package gets the install hint. */
async function loadHttp(): Promise<typeof import('./start.js')> {
  try {
    return await import('./start.js');
  } catch (error) {
    const text = String((error as Error).message);
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && /'(hono|@hono\/node-server)'/.test(text)) throw new Error(missingPackages(['hono', '@hono/node-server']));
    throw error;
  }
}
