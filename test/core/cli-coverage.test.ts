// What a consultant sees from the command beyond the main paths of cli.test.ts: every
// command's other formats and options, partial and broken input, help and version.
// Scores are worked out by hand in the comments.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answersToCsv, defaultFramework, walkIndicators, type Answer } from '../../src/index.js';
import { assess } from '../support/assessments.js';
import { cli } from '../support/cli.js';
import { clone, makeFramework } from '../support/frameworks.js';

const dir = mkdtempSync(join(tmpdir(), 'scm-cli-'));
const write = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};
const withEvidence = (level: number): Answer => ({ level, evidence: [{ label: 'SK Wali Kota' }] });
const noStackTrace = (text: string) => assert.doesNotMatch(text, /\n\s+at .+:\d+:\d+/, 'a stack trace reached the user');

/** Smart Governance answered (9 indicators), the other five elements and readiness not. */
const governanceOnly = (level: (id: string) => number, period = '2026', evidence = true) =>
  assess(defaultFramework, (id) => (id.startsWith('governance.') ? (evidence ? withEvidence(level(id)) : { level: level(id) }) : undefined), 'Kota Uji', period);

describe('smart-city-maturity: score with partial answers and options', () => {
  let partial: string;
  before(() => (partial = write('governance-4.json', governanceOnly(() => 4))));

  it('shows unanswered elements as "–" and lists the warnings', () => {
    const r = cli('score', partial, '--lang', 'en');
    assert.equal(r.code, 0);
    // Only governance is scored: index = 4 (the mean of one element). 9 of 63 answered is below the
    // 80 % threshold, so the index is provisional: no level and no band (it would be 4, Very good).
    assert.match(r.out, /[Ii]ndex: 4\.00 {2}Level: – {2}Band: – {2}\(provisional: level and band are given once at least 80% of the indicators are answered\)/);
    // Governance's indicators of all of them answered (9 of 63 in gm100 1.0: 14.3 % → "14%"); all carry evidence → 100%.
    const count = (prefix: string) => [...walkIndicators(defaultFramework)].filter((w) => w.indicator.id.startsWith(prefix)).length;
    const governance = count('governance.');
    const total = count('');
    assert.match(r.out, new RegExp(`Completeness: ${Math.round((governance / total) * 100)}% {2}Evidence coverage: 100%`));
    assert.match(r.out, new RegExp(`Smart Governance\\s+4\\.00\\s+4\\s+${governance}/${governance}`));
    assert.match(r.out, new RegExp(`Smart Branding\\s+–\\s+–\\s+0/${count('branding.')}`));
    assert.match(r.out, /Regional readiness\s+–\s+–\s+0\/\d+/);
    // Five elements unanswered + readiness unanswered = 6 warnings.
    assert.match(r.out, /Warnings \(6\):/);
    assert.match(r.out, /- branding: /);
  });

  it('--evidence-policy cap counts a claim without evidence one level below the evidence threshold', () => {
    const f = clone(makeFramework(1, 1, 2));
    for (const i of f.elements[0]!.subElements[0]!.indicators) i.evidenceFrom = 3;
    const framework = write('evidence-framework.json', f);
    const path = write('evidence-answers.json', assess(f, (id) => (id === 'e1.s1.i1' ? { level: 5 } : id === 'e1.s1.i2' ? { level: 4 } : undefined)));
    // Warn (default): (5 + 4) ÷ 2 = 4.5. Cap: both lack evidence needed from level 3, so both count as 2 → 2.
    const warned = JSON.parse(cli('score', path, '--framework', framework, '--format', 'json').out);
    assert.equal(warned.index, 4.5);
    const capped = JSON.parse(cli('score', path, '--framework', framework, '--format', 'json', '--evidence-policy', 'cap').out);
    assert.equal(capped.index, 2);
    assert.equal(capped.options.evidencePolicy, 'cap');
    assert.equal(capped.evidenceCoverage, 0); // two answers need evidence, none has it
  });

  it('--aggregation geometric: a weak element pulls the index down more', () => {
    // Governance all 4, branding all 1, the rest unanswered.
    const path = write('two-elements.json', assess(defaultFramework, (id) => (id.startsWith('governance.') ? withEvidence(4) : id.startsWith('branding.') ? { level: 1 } : undefined)));
    // Arithmetic (4 + 1) ÷ 2 = 2.5; geometric √(4 · 1) = 2.
    assert.match(cli('score', path, '--lang', 'en').out, /[Ii]ndex: 2\.50 /);
    assert.match(cli('score', path, '--lang', 'en', '--aggregation', 'geometric').out, /[Ii]ndex: 2\.00 /);
  });

  it('an assessment with no answers yet: no index, no level, no band, and says why', () => {
    const blank = write('blank.json', assess(defaultFramework, () => undefined, 'Kota Kosong'));
    const r = cli('score', blank, '--lang', 'en');
    assert.equal(r.code, 0);
    assert.match(r.out, /[Ii]ndex: – {2}Level: – {2}Band: –/);
    // Nothing answered: completeness 0 %, and no answer needs evidence, so its coverage is "–".
    assert.match(r.out, /Completeness: 0% {2}Evidence coverage: –/);
    assert.match(r.out, /Integration\s+–\s+–\s+0\//);
    // In a batch beside a scored region it has no rank and empty CSV cells.
    const scored = write('scored.json', governanceOnly(() => 3));
    assert.match(cli('batch', blank, scored, '--lang', 'en').out, /Kota Kosong\s+2026\s+–\s+–/);
    const rows = cli('batch', blank, scored, '--format', 'csv').out.replace('\uFEFF', '').trim().split('\r\n');
    assert.match(rows[1]!, /^Kota Kosong,,2026,,,,/);
  });

  it('refuses an unknown option value with exit 2, naming the choices', () => {
    const r = cli('score', partial, '--evidence-policy', 'strict', '--lang', 'en');
    assert.equal(r.code, 2);
    assert.match(r.err, /--evidence-policy "strict"/);
    assert.match(r.err, /warn\|cap/);
  });

  it('reads answers from a CSV file exported from a spreadsheet, with the same score as the JSON', () => {
    const kota = JSON.parse(readFileSync('docs/examples/kota-contoh-2026.json', 'utf8'));
    const csv = write('kota-contoh-2026.csv', answersToCsv(defaultFramework, kota));
    const json = JSON.parse(cli('score', csv, '--format', 'json').out);
    // The same answers as kota-contoh-2026.json: 263/108 (derived in cli.test.ts).
    assert.ok(Math.abs(json.index - 263 / 108) < 1e-9, String(json.index));
    const valid = cli('validate', csv);
    assert.equal(valid.code, 0);
    assert.match(valid.out, /Penilaian Kota Contoh 2026 valid \(63 indikator\)/); // 63 answers, one of them "not applicable"
  });

  it('scores against a framework given with --framework', () => {
    const f = JSON.parse(readFileSync('docs/examples/minimal-framework.json', 'utf8'));
    const ids: string[] = [];
    for (const e of f.elements) for (const s of e.subElements) for (const i of s.indicators) ids.push(i.id);
    for (const a of f.readiness) for (const i of a.indicators) ids.push(i.id);
    const answers = Object.fromEntries(ids.map((id) => [id, { level: 3 }]));
    const path = write('minimal-answers.json', { frameworkId: f.id, frameworkVersion: f.version, region: { name: 'Kota Kecil' }, period: '2026', answers });
    const r = cli('score', path, '--framework', 'docs/examples/minimal-framework.json', '--lang', 'en');
    assert.equal(r.code, 0, r.err);
    // Every answer at the top of a 1–3 scale: index 3, level 3, in the last band (which includes its top).
    assert.match(r.out, /[Ii]ndex: 3\.00 {2}Level: 3 {2}Band: On track/);
    // The same file against the built-in framework is another framework's assessment: invalid data.
    const wrong = cli('score', path, '--lang', 'en');
    assert.equal(wrong.code, 1);
    assert.match(wrong.err, /kota-contoh@0\.1\.0, not gm100@1\.0\.0/);
  });
});

describe('smart-city-maturity: compare', () => {
  // 2025: governance all 2.  2026: governance all 3 except the MPP indicator, which fell to 1.
  const before2025 = () => write('kota-uji-2025.json', governanceOnly(() => 2, '2025'));
  const after2026 = () => write('kota-uji-2026.json', governanceOnly((id) => (id === 'governance.service.mpp' ? 1 : 3), '2026'));

  it('as a table: the change per element, what improved and what declined', () => {
    const r = cli('compare', before2025(), after2026(), '--lang', 'en');
    assert.equal(r.code, 0, r.err);
    // 2026 governance: service (1 + 3 + 3) ÷ 3 = 7/3, bureaucracy 3, policy 3 → (7/3 + 3 + 3) ÷ 3 = 25/9 ≈ 2.78;
    // change 25/9 − 2 = 7/9 ≈ +0.78. Eight indicators rose (2 → 3), one fell (2 → 1).
    assert.match(r.out, /Smart Governance\s+2\.00\s+2\.78\s+\+0\.78/);
    assert.match(r.out, /Smart Branding\s+–\s+–\s+–/);
    assert.match(r.out, /Improved: 8 {2}Declined: 1 {2}Newly answered: 0 {2}No longer answered: 0/);
    assert.match(r.out, /▼ governance\.service\.mpp/);
  });

  it('as JSON', () => {
    const r = cli('compare', before2025(), after2026(), '--format', 'json');
    assert.equal(r.code, 0);
    const c = JSON.parse(r.out);
    assert.ok(Math.abs(c.index.delta - 7 / 9) < 1e-9, String(c.index.delta));
    assert.deepEqual(c.declined, ['governance.service.mpp']);
    assert.equal(c.improved.length, 8);
  });

  it('needs two files: exit 2', () => {
    assert.equal(cli('compare', before2025()).code, 2);
  });
});

describe('smart-city-maturity: batch', () => {
  it('scores what it can, names the file it could not read, and exits 1', () => {
    const folder = join(dir, 'mixed');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a-good.json'), JSON.stringify(governanceOnly(() => 4)));
    writeFileSync(join(folder, 'b-broken.json'), '{ "frameworkId": ');
    writeFileSync(join(folder, 'notes.txt'), 'not an assessment, not read');
    const r = cli('batch', folder, '--lang', 'en');
    assert.equal(r.code, 1);
    assert.match(r.out, /Kota Uji\s+2026\s+4\.00\s+1 /);
    assert.match(r.err, /b-broken\.json/);
    assert.doesNotMatch(r.err, /notes\.txt/);
    noStackTrace(r.err);
  });

  it('--format json lists each region with its standing', () => {
    const a = write('region-a.json', { ...governanceOnly(() => 4), region: { name: 'Kota A', code: '64.74' } });
    const b = write('region-b.json', { ...governanceOnly(() => 2), region: { name: 'Kota B' } });
    const r = cli('batch', a, b, '--format', 'json');
    assert.equal(r.code, 0, r.err);
    const regions = JSON.parse(r.out);
    // Two regions: 4 ranks first (percentile (1 below + 0 ties) ÷ 1 = 100), 2 second (0).
    assert.deepEqual(regions.map((x: { region: { name: string }; index: { score: number; rank: number; percentile: number } }) => [x.region.name, x.index.score, x.index.rank, x.index.percentile]), [['Kota A', 4, 1, 100], ['Kota B', 2, 2, 0]]);
  });

  it('--format csv to standard output, one row per region', () => {
    const a = write('csv-a.json', { ...governanceOnly(() => 3), region: { name: 'Kota A', code: '64.74' } });
    const rows = cli('batch', a, '--format', 'csv').out.replace('\uFEFF', '').trim().split('\r\n');
    assert.equal(rows.length, 2);
    assert.match(rows[1]!, /^Kota A,64\.74,2026,3,1,100,3,1,,/); // a single region is 100th percentile; branding has no score
  });

  it('a file or folder that does not exist: exit 2', () => {
    const r = cli('batch', join(dir, 'nowhere'), '--lang', 'en');
    assert.equal(r.code, 2);
    assert.match(r.err, /nowhere/);
  });
});

describe('smart-city-maturity: validate, template, roadmap, help', () => {
  it('validate: a broken JSON file is invalid data (exit 1), a folder is a usage error (exit 2)', () => {
    const broken = cli('validate', write('broken.json', '{ "region": '), '--lang', 'en');
    assert.equal(broken.code, 1);
    noStackTrace(broken.err);
    const folder = cli('validate', dir);
    assert.equal(folder.code, 2);
    noStackTrace(folder.err);
  });

  it('validate: a framework file given with --framework that does not exist is exit 2', () => {
    const r = cli('score', 'docs/examples/kota-contoh-2026.json', '--framework', join(dir, 'missing-framework.json'));
    assert.equal(r.code, 2);
    assert.match(r.err, /missing-framework\.json/);
  });

  it('template: region and period fill the blank assessment', () => {
    const t = JSON.parse(cli('template', '--region', 'Kabupaten Baru').out);
    assert.deepEqual(t.region, { name: 'Kabupaten Baru' });
    assert.equal(t.period, '');
  });

  it('roadmap without targets plans one level up per indicator, in either language', () => {
    const path = write('roadmap-governance.json', governanceOnly(() => 2));
    const id = cli('roadmap', path);
    assert.equal(id.code, 0);
    assert.match(id.out, /- Target: naik satu level per indikator/);
    const en = cli('roadmap', path, '--lang', 'en');
    assert.match(en.out, /^# Smart City Masterplan Outline: Kota Uji/);
    assert.match(en.out, /- Target: one level up per indicator/);
    assert.match(en.out, /from level 2 to level 3/);
  });

  it('roadmap with a targets file that is not JSON fails without a stack trace', () => {
    const path = write('roadmap-bad-targets.json', governanceOnly(() => 2));
    const r = cli('roadmap', path, '--targets', write('targets.json', '{ governance: 4 }'));
    assert.notEqual(r.code, 0);
    noStackTrace(r.err);
  });

  it('--help and no command print the usage; --help exits 0, nothing at all exits 2', () => {
    const help = cli('--help', '--lang', 'en');
    assert.equal(help.code, 0);
    assert.match(help.out, /Commands:/);
    assert.match(help.out, /Exit codes: 0 success, 1 invalid data, 2 wrong usage or a file that cannot be read\/written, 3 internal error/);
    const bantuan = cli('-h');
    assert.match(bantuan.out, /Perintah:/);
    const nothing = cli();
    assert.equal(nothing.code, 2);
  });

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    const r = cli('--version');
    assert.equal(r.code, 0);
    assert.equal(r.out.trim(), version);
  });

  it('an option the command does not know is a usage error (exit 2)', () => {
    const r = cli('score', 'docs/examples/kota-contoh-2026.json', '--frobnicate');
    assert.equal(r.code, 2);
    assert.match(r.err, /frobnicate/);
  });
});
