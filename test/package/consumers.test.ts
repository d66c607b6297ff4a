// The packed tarball, installed as a user installs it, into the kinds of project that consume
// it: a Vite + TypeScript + Lit app, TypeScript projects (nodenext, bundler) and a React 19 app
// type-checked with skipLibCheck off, a plain HTML portal using dist/cdn/ under a strict CSP
// with Trusted Types, and a Node script (server-side rendering imports the widgets in Node).
// Run by `npm run test:package` (part of `npm test`); needs the npm registry for the fixtures'
// own dependencies (vite, typescript, @types/react), which it installs once into .build/.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer, { type Browser } from 'puppeteer-core';
import { Ajv } from 'ajv';
import { chromeFlags, findChrome } from '../../scripts/find-chrome.mjs';

const root = resolve(import.meta.dirname, '../..');
const work = join(root, '.build/consumers');
const fixtures = join(import.meta.dirname, 'fixtures');
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };

/** The fixtures' own dependencies: what such a project would have installed anyway. */
const consumerDependencies = {
  lit: '^3.3.1',
  vite: '~7.3.8',
  vue: '~3.5.25',
  '@vitejs/plugin-vue': '~6.0.11',
  typescript: rootPackage.devDependencies.typescript ?? '~5.9.3',
  '@types/react': '~19.2.9',
};

function run(command: string, args: string[], cwd: string): { status: number; output: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json', '.css': 'text/css' };

/** A static file server for `dir` with the given response headers, on a free loopback port. */
async function serve(dir: string, headers: Record<string, string>): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = join(dir, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', ...headers });
    response.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  assert.ok(address && typeof address === 'object');
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

let tarball = '';
let browser: Browser | undefined;
const servers: Server[] = [];

before(async () => {
  assert.ok(existsSync(join(root, 'dist/esm/src/index.js')), 'run `npm run build` first');
  rmSync(join(work, 'pack'), { recursive: true, force: true });
  mkdirSync(join(work, 'pack'), { recursive: true });
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', join(work, 'pack')], { cwd: root, encoding: 'utf8' })) as { filename: string }[];
  tarball = join(work, 'pack', packed[0]!.filename);

  const app = join(work, 'app');
  rmSync(app, { recursive: true, force: true });
  mkdirSync(app, { recursive: true });
  for (const fixture of readdirSync(fixtures)) cpSync(join(fixtures, fixture), join(app, fixture), { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'consumers', private: true, type: 'module', dependencies: { 'smart-city-maturity': `file:${tarball}`, ...consumerDependencies } }, null, 2),
  );
  // The install cache stays in .build/ between runs, so only the first run downloads.
  const install = run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--cache', join(work, 'npm-cache')], app);
  assert.equal(install.status, 0, install.output);
});

after(async () => {
  await browser?.close();
  for (const server of servers) server.close();
});

async function openBrowser(): Promise<Browser> {
  const executablePath = findChrome();
  assert.ok(executablePath, 'no Chrome or Chromium found');
  browser ??= await puppeteer.launch({ executablePath, args: chromeFlags, headless: true });
  return browser;
}

const app = (...path: string[]) => join(work, 'app', ...path);

describe('the packed tarball', () => {
  it('holds no screenshots, tests or TypeScript sources, and a source map beside every bundle', () => {
    const files = filesUnder(app('node_modules/smart-city-maturity')).map((f) => f.slice(app('node_modules/smart-city-maturity').length + 1));
    assert.deepEqual(files.filter((f) => /\.(png|jpe?g)$/.test(f)), [], 'screenshots');
    assert.deepEqual(files.filter((f) => f.startsWith('test/') || f.startsWith('src/') || f.startsWith('widgets/') || f.startsWith('scripts/')), [], 'sources or tests');
    assert.deepEqual(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')), [], 'TypeScript sources');
    const bundles = files.filter((f) => f.startsWith('dist/') && f.endsWith('.js'));
    assert.ok(bundles.length > 20, `${bundles.length} bundles`);
    assert.deepEqual(bundles.filter((f) => !files.includes(`${f}.map`)), [], 'bundles without a source map');
    assert.ok(files.includes('LICENSE'));
    for (const editorFile of ['dist/editors/vscode.html-custom-data.json', 'dist/editors/web-types.json', 'custom-elements.json']) assert.ok(files.includes(editorFile), editorFile);
  });

  it('ships a custom elements manifest valid against the official schema, naming shipped modules, with typed events', () => {
    const raw: unknown = JSON.parse(readFileSync(app('node_modules/smart-city-maturity/custom-elements.json'), 'utf8'));
    const schema: unknown = JSON.parse(readFileSync(join(root, 'node_modules/custom-elements-manifest/schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema as object);
    assert.ok(validate(raw), JSON.stringify(validate.errors, null, 2));
    const manifest = raw as {
      modules: { path: string; declarations?: { tagName?: string; events?: { name: string; type?: { text: string } }[] }[] }[];
    };
    for (const mod of manifest.modules) assert.ok(existsSync(app('node_modules/smart-city-maturity', mod.path)), `${mod.path} is shipped`);
    const events = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => d.events ?? []);
    assert.ok(events.length >= 6, `${events.length} events`);
    assert.deepEqual(events.filter((e) => !e.type?.text), [], 'events without a type');
  });
});

describe('a Node script', () => {
  it('imports the widgets and the coordinator (as server-side rendering does) without throwing', () => {
    const result = run(process.execPath, ['node/ssr.mjs'], app());
    assert.equal(result.status, 0, result.output);
    assert.match(result.output, /imported/);
  });
});

describe('TypeScript projects with skipLibCheck off', () => {
  for (const config of ['nodenext', 'bundler', 'react']) {
    it(`type-check with the package's types (${config})`, () => {
      const result = run(process.execPath, [app('node_modules/typescript/bin/tsc'), '-p', `typescript/tsconfig.${config}.json`], app());
      assert.equal(result.status, 0, result.output);
    });
  }
});

describe('a Vite + TypeScript + Lit app built for production', () => {
  it('ships one Lit, defines the coordinator in the built page, and reports its bytes', async (t) => {
    const build = run(process.execPath, [app('node_modules/vite/bin/vite.js'), 'build'], app('vite-lit'));
    assert.equal(build.status, 0, build.output);
    const scripts = filesUnder(app('vite-lit/dist/assets')).filter((f) => f.endsWith('.js'));
    const code = scripts.map((f) => readFileSync(f, 'utf8'));
    // Every copy of lit-html registers its version once.
    const litCopies = code.join('\n').match(/litHtmlVersions/g)?.length ?? 0;
    assert.equal(litCopies, 1, 'copies of lit-html in the built app');
    const gzip = code.reduce((sum, c) => sum + gzipSync(c).length, 0);
    t.diagnostic(`built app: ${scripts.length} scripts, ${(gzip / 1000).toFixed(1)} kB gzip`);

    const { server, url } = await serve(app('vite-lit/dist'), {});
    servers.push(server);
    const page = await (await openBrowser()).newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(url, { waitUntil: 'networkidle0' });
    const defined = await page.evaluate(() => ({
      flag: (window as unknown as { coordinatorDefined?: boolean }).coordinatorDefined,
      tags: ['smart-city-coordinator', 'smart-city-questionnaire', 'smart-city-scorecard'].filter((tag) => customElements.get(tag)),
    }));
    await page.close();
    assert.deepEqual(errors, []);
    assert.equal(defined.flag, true);
    assert.deepEqual(defined.tags, ['smart-city-coordinator', 'smart-city-questionnaire', 'smart-city-scorecard']);
  });

  it('leaves the built-in framework out of an app that imports only scoreAssessment', () => {
    writeFileSync(app('vite-lit/score-only.js'), "import { scoreAssessment } from 'smart-city-maturity';\nconsole.log(scoreAssessment);\n");
    // Built as a library: the one-line module is the whole app.
    writeFileSync(app('vite-lit/vite.score.mjs'), "export default { logLevel: 'warn', build: { outDir: 'dist-score', emptyOutDir: true, lib: { entry: 'score-only.js', formats: ['es'], fileName: 'score' } } };\n");
    const lib = run(process.execPath, [app('node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.score.mjs'], app('vite-lit'));
    assert.equal(lib.status, 0, lib.output);
    const code = filesUnder(app('vite-lit/dist-score')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(f, 'utf8')).join('\n');
    assert.ok(code.length > 0);
    // A level name and an indicator title from the built-in framework's text.
    assert.doesNotMatch(code, /Rintisan|Mal Pelayanan Publik/);
  });
});

describe('a Vue 3 app (the recipe in docs/embedding.md)', () => {
  it('renders the elements as custom elements and passes the answers to the scorecard as a property', async () => {
    const build = run(process.execPath, [app('node_modules/vite/bin/vite.js'), 'build'], app('vite-vue'));
    assert.equal(build.status, 0, build.output);
    const { server, url } = await serve(app('vite-vue/dist'), {});
    servers.push(server);
    const page = await (await openBrowser()).newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') problems.push(message.text());
    });
    await page.goto(url, { waitUntil: 'networkidle0' });
    const field = await page.waitForSelector('smart-city-questionnaire >>> input[type=text], smart-city-questionnaire >>> input:not([type])', { timeout: 15_000 });
    await field!.type('Kota Vue');
    await page.waitForFunction(() => ((window as unknown as { vueChanges?: number }).vueChanges ?? 0) > 0, { timeout: 5_000 });
    const received = await page.evaluate(() => {
      const scorecard = document.querySelector('smart-city-scorecard') as unknown as { assessment?: { region?: { name?: string } } };
      return scorecard.assessment?.region?.name;
    });
    await page.close();
    assert.deepEqual(problems, []);
    assert.match(String(received), /Kota Vue/);
  });
});

describe('a plain HTML portal using dist/cdn/ under a strict CSP with Trusted Types', () => {
  it('shows the questionnaire and the coordinator with one Lit and no violation', async () => {
    const site = app('html-cdn');
    cpSync(app('node_modules/smart-city-maturity/dist/cdn'), join(site, 'smart-city'), { recursive: true });
    const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";
    const { server, url } = await serve(site, { 'content-security-policy': csp });
    servers.push(server);
    const page = await (await openBrowser()).newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective}`));
    });
    await page.goto(url, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('smart-city-questionnaire')?.shadowRoot?.querySelector('fieldset, input') !== null, { timeout: 15_000 });
    const state = await page.evaluate(() => ({
      tags: ['smart-city-questionnaire', 'smart-city-scorecard', 'smart-city-coordinator'].filter((tag) => customElements.get(tag)),
      litVersions: (globalThis as unknown as { litHtmlVersions?: string[] }).litHtmlVersions?.length,
    }));
    await page.close();
    assert.deepEqual(problems, []);
    assert.deepEqual(state.tags, ['smart-city-questionnaire', 'smart-city-scorecard', 'smart-city-coordinator']);
    assert.equal(state.litVersions, 1);
  });
});
