import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Assessment } from '../schema/assessment.js';
import type { Framework } from '../schema/framework.js';
import type { Lang } from '../schema/localized.js';
import { ValidationError } from '../schema/validation-error.js';
import { parseFramework } from '../schema/parse.js';
import { walkIndicators } from '../schema/walk.js';
import { formatScore } from '../scoring/format.js';
import { scoreAssessment, type ScoreOptions } from '../scoring/score.js';
import type { ScoreReport } from '../scoring/report.js';
import { reportToCsv } from '../io/csv-report.js';
import { answersToCsv } from '../io/csv-answers.js';
import { toCsv } from '../io/csv-cells.js';
import { compareAssessments } from '../planning/compare.js';
import { benchmarkRegions } from '../planning/benchmark.js';
import { roadmap, roadmapMarkdown } from '../planning/roadmap.js';
import { expandInputs, loadAssessment, loadFramework, readText, UsageError } from './files.js';
import { textTable } from './table.js';

const VERSION = '0.1.0';

const usage = {
  id: `smart-city-maturity — penilaian kematangan smart city (Gerakan Menuju 100 Smart City)

Perintah:
  validate <berkas> [--framework f]           periksa kerangka atau penilaian (JSON/CSV)
  score <penilaian> [--framework f] [--format table|json|csv] [--evidence-policy warn|cap] [--aggregation arithmetic|geometric]
  compare <sebelumnya> <sekarang> [--framework f] [--format table|json]
  batch <folder|berkas…> [--framework f] [--out regions.csv] [--format table|csv|json]
  template [--framework f] [--format json|csv] [--region nama] [--period 2026]
  roadmap <penilaian> [--framework f] [--targets t.json] > masterplan.md

Opsi umum: --lang id|en (bahasa keluaran), --help, --version
Kode keluar: 0 berhasil, 1 data tidak sah, 2 salah pemakaian atau berkas tidak ada.`,
  en: `smart-city-maturity — smart city maturity assessment (Movement towards 100 Smart Cities)

Commands:
  validate <file> [--framework f]             check a framework or an assessment (JSON/CSV)
  score <assessment> [--framework f] [--format table|json|csv] [--evidence-policy warn|cap] [--aggregation arithmetic|geometric]
  compare <previous> <current> [--framework f] [--format table|json]
  batch <folder|files…> [--framework f] [--out regions.csv] [--format table|csv|json]
  template [--framework f] [--format json|csv] [--region name] [--period 2026]
  roadmap <assessment> [--framework f] [--targets t.json] > masterplan.md

Common options: --lang id|en (output language), --help, --version
Exit codes: 0 success, 1 invalid data, 2 wrong usage or missing file.`,
};

const words = {
  id: {
    valid: (what: string, n: number) => `✓ ${what} sah (${n} indikator).`,
    framework: 'Kerangka', assessment: 'Penilaian',
    element: 'Elemen', score: 'Skor', level: 'Level', answered: 'Terjawab', index: 'Indeks', band: 'Predikat',
    completeness: 'Kelengkapan', evidence: 'Cakupan bukti', readiness: 'Kesiapan daerah', principle: 'Prinsip',
    previous: 'Sebelumnya', current: 'Sekarang', change: 'Perubahan', region: 'Daerah', period: 'Periode', rank: 'Peringkat',
    median: 'Median', improved: 'Naik', declined: 'Turun', added: 'Baru dijawab', removed: 'Tidak lagi dijawab', warnings: 'Peringatan',
    progress: (n: number, total: number) => `Menilai ${n}/${total}…`, wrote: (f: string) => `Ditulis: ${f}`,
  },
  en: {
    valid: (what: string, n: number) => `✓ ${what} is valid (${n} indicators).`,
    framework: 'Framework', assessment: 'Assessment',
    element: 'Element', score: 'Score', level: 'Level', answered: 'Answered', index: 'Index', band: 'Band',
    completeness: 'Completeness', evidence: 'Evidence coverage', readiness: 'Regional readiness', principle: 'Principle',
    previous: 'Previous', current: 'Current', change: 'Change', region: 'Region', period: 'Period', rank: 'Rank',
    median: 'Median', improved: 'Improved', declined: 'Declined', added: 'Newly answered', removed: 'No longer answered', warnings: 'Warnings',
    progress: (n: number, total: number) => `Scoring ${n}/${total}…`, wrote: (f: string) => `Written: ${f}`,
  },
};

const pct = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);

function scoreTable(report: ScoreReport, lang: Lang): string {
  const w = words[lang];
  const rows = report.elements.map((e) => [e.name[lang], formatScore(e.score, lang, 2), e.level ?? '–', `${e.answered}/${e.applicable}`]);
  rows.push([w.readiness, formatScore(report.readiness.score, lang, 2), report.readiness.level ?? '–', `${report.readiness.answered}/${report.readiness.applicable}`]);
  const principles = Object.values(report.principles).map((p) => [p.name[lang], formatScore(p.score, lang, 2), p.level ?? '–', `${p.answered}/${p.indicatorIds.length}`]);
  return [
    `${report.region.name} · ${report.period}`,
    `${w.index}: ${formatScore(report.index, lang, 2)}  ${w.level}: ${report.level ?? '–'}  ${w.band}: ${report.band?.predicate[lang] ?? '–'}`,
    `${w.completeness}: ${pct(report.completeness)}  ${w.evidence}: ${pct(report.evidenceCoverage)}`,
    '',
    textTable([w.element, w.score, w.level, w.answered], rows),
    '',
    textTable([w.principle, w.score, w.level, w.answered], principles),
    ...(report.warnings.length ? ['', `${w.warnings} (${report.warnings.length}):`, ...report.warnings.slice(0, 15).map((x) => `- ${x.nodeId}: ${x.message}`)] : []),
  ].join('\n');
}

function detectKind(text: string): 'framework' | 'assessment' {
  try {
    const value = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
    return value && typeof value === 'object' && 'elements' in value ? 'framework' : 'assessment';
  } catch {
    return 'assessment';
  }
}

export function run(argv: readonly string[], out: (text: string) => void = console.log, err: (text: string) => void = console.error): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        framework: { type: 'string', short: 'f' },
        format: { type: 'string' },
        lang: { type: 'string', default: 'id' },
        out: { type: 'string', short: 'o' },
        targets: { type: 'string' },
        region: { type: 'string' },
        period: { type: 'string' },
        'evidence-policy': { type: 'string' },
        aggregation: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    err(`${(error as Error).message}\n\n${usage.en}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const lang: Lang = values.lang === 'en' ? 'en' : 'id';
  const w = words[lang];
  if (values.version) {
    out(VERSION);
    return 0;
  }
  const [command, ...args] = positionals;
  if (values.help || !command) {
    out(usage[lang]);
    return command || values.help ? 0 : 2;
  }
  const choice = <T extends string>(option: string, allowed: readonly T[], fallback: T): T => {
    const value = (values as Record<string, unknown>)[option] as string | undefined;
    if (value === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(value)) {
      throw new UsageError(lang === 'id' ? `--${option} "${value}" tidak dikenal; pilih ${allowed.join('|')}.` : `--${option} "${value}" is not known; choose ${allowed.join('|')}.`);
    }
    return value as T;
  };
  const need = (n: number) => {
    if (args.length < n) throw new UsageError(usage[lang]);
  };

  try {
    const options: ScoreOptions = {
      lang,
      evidencePolicy: choice('evidence-policy', ['warn', 'cap'] as const, 'warn'),
      aggregation: choice('aggregation', ['arithmetic', 'geometric'] as const, 'arithmetic'),
    };
    const framework: Framework = loadFramework(values.framework, lang);
    switch (command) {
      case 'validate': {
        need(1);
        const file = args[0] ?? '';
        const text = readText(file);
        if (!file.endsWith('.csv') && detectKind(text) === 'framework') {
          const f = parseFramework(text, { lang });
          out(w.valid(`${w.framework} ${f.id}@${f.version}`, [...walkIndicators(f)].length));
        } else {
          const a = loadAssessment(file, framework, lang);
          out(w.valid(`${w.assessment} ${a.region.name} ${a.period}`, Object.keys(a.answers).length));
        }
        return 0;
      }
      case 'score': {
        need(1);
        const assessment = loadAssessment(args[0] ?? '', framework, lang);
        const report = scoreAssessment(framework, assessment, options);
        const format = choice('format', ['table', 'json', 'csv'] as const, 'table');
        out(format === 'json' ? JSON.stringify(report, null, 2) : format === 'csv' ? reportToCsv(framework, report, { lang }) : scoreTable(report, lang));
        return 0;
      }
      case 'compare': {
        need(2);
        const previous = loadAssessment(args[0] ?? '', framework, lang);
        const current = loadAssessment(args[1] ?? '', framework, lang);
        const c = compareAssessments(framework, previous, current, options);
        if (choice('format', ['table', 'json'] as const, 'table') === 'json') {
          out(JSON.stringify(c, null, 2));
          return 0;
        }
        const name = (id: string) => framework.elements.find((e) => e.id === id)?.name[lang] ?? (id === 'index' ? w.index : id);
        const sign = (d: number | null) => (d === null ? '–' : `${d > 0 ? '+' : ''}${formatScore(d, lang, 2)}`);
        const rows = [c.index, ...c.elements].map((d) => [name(d.id), formatScore(d.previous, lang, 2), formatScore(d.current, lang, 2), sign(d.delta)]);
        out([
          `${current.region.name}: ${c.previousPeriod} → ${c.currentPeriod}`, '',
          textTable([w.element, `${w.previous} (${c.previousPeriod})`, `${w.current} (${c.currentPeriod})`, w.change], rows), '',
          `${w.improved}: ${c.improved.length}  ${w.declined}: ${c.declined.length}  ${w.added}: ${c.new.length}  ${w.removed}: ${c.removed.length}`,
          ...c.declined.map((id) => `  ▼ ${id}`),
        ].join('\n'));
        return 0;
      }
      case 'batch': {
        need(1);
        const files = expandInputs(args);
        const assessments: Assessment[] = [];
        const failures: string[] = [];
        files.forEach((file, n) => {
          if (files.length >= 20 && process.stderr.isTTY) process.stderr.write(`\r${w.progress(n + 1, files.length)}`);
          try {
            assessments.push(loadAssessment(file, framework, lang));
          } catch (error) {
            failures.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
          }
        });
        if (files.length >= 20 && process.stderr.isTTY) process.stderr.write('\n');
        const b = benchmarkRegions(framework, assessments, options);
        const header = [w.region, w.period, w.index, w.rank, ...framework.elements.map((e) => e.name[lang])];
        const rows = b.regions.map((r) => [r.region.name, r.period, formatScore(r.index.score, lang, 2), r.index.rank ?? '–', ...framework.elements.map((e) => formatScore(r.elements[e.id]?.score ?? null, lang, 2))]);
        const medianRow = [w.median, '', formatScore(b.median.index, lang, 2), '', ...framework.elements.map((e) => formatScore(b.median.elements[e.id] ?? null, lang, 2))];
        const format = choice('format', ['table', 'csv', 'json'] as const, values.out ? 'csv' : 'table');
        const numbers = b.regions.map((r) => [r.region.name, r.region.code ?? '', r.period, r.index.score ?? '', r.index.rank ?? '', r.index.percentile ?? '', ...framework.elements.flatMap((e) => [r.elements[e.id]?.score ?? '', r.elements[e.id]?.rank ?? ''])]);
        const csv = () => toCsv([
          ['region', 'region_code', 'period', 'index', 'rank', 'percentile', ...framework.elements.flatMap((e) => [e.id, `${e.id}_rank`])],
          ...numbers,
        ]);
        const text = format === 'json' ? JSON.stringify(b.regions.map(({ report: _r, ...rest }) => rest), null, 2) : format === 'csv' ? csv() : textTable(header, [...rows, medianRow]);
        if (values.out) {
          writeFileSync(values.out, text);
          out(w.wrote(values.out));
        } else out(text);
        for (const failure of failures) err(failure);
        return failures.length > 0 ? 1 : 0;
      }
      case 'template': {
        const blank: Assessment = {
          frameworkId: framework.id, frameworkVersion: framework.version,
          region: { name: values.region ?? '' }, period: values.period ?? '', answers: {},
        };
        out(choice('format', ['json', 'csv'] as const, 'json') === 'csv' ? answersToCsv(framework, blank, { lang }) : JSON.stringify(blank, null, 2));
        return 0;
      }
      case 'roadmap': {
        need(1);
        const assessment = loadAssessment(args[0] ?? '', framework, lang);
        const targets = values.targets ? (JSON.parse(readText(values.targets)) as Record<string, number>) : undefined;
        out(roadmapMarkdown(roadmap(framework, assessment, targets ? { targets } : {}), { lang }));
        return 0;
      }
      default:
        err(usage[lang]);
        return 2;
    }
  } catch (error) {
    if (error instanceof ValidationError) {
      err(error.message);
      return 1;
    }
    if (error instanceof UsageError) {
      err(error.message);
      return 2;
    }
    if (error instanceof SyntaxError) {
      err(error.message);
      return 1;
    }
    throw error;
  }
}

// Only when run as the command, not when a test imports `run`.
if (process.argv[1] && /smart-city-maturity$|cli\.js$|main\.ts$/.test(process.argv[1])) {
  const argv = process.argv.slice(2);
  // The workspace server's commands load the server (and its optional packages) only when asked.
  if (['serve', 'user', 'token'].includes(argv[0] ?? '')) void import('../server/cli.js').then(async (server) => (process.exitCode = await server.runServerCommand(argv)));
  else process.exitCode = run(argv);
}
