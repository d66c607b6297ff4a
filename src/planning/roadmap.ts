import type { Assessment } from '../schema/assessment.js';
import type { Framework } from '../schema/framework.js';
import type { Lang, LanguageOptions, LocalizedText } from '../schema/localized.js';
import { expectAssessment, expectFramework, expectOptions } from '../schema/arguments.js';
import { formatScore } from '../scoring/format.js';
import { INDEX_LABEL, INDEX_NOTE } from '../scoring/index-label.js';
import { scoreAssessment } from '../scoring/score.js';
import type { Programme, QuickWin } from '../schema/programme-record.js';
import { registeredLine, unplacedHeading } from '../record/roadmap-registered.js';
import { mdText } from './markdown-text.js';
import { own } from '../schema/own.js';
import { HORIZONS, recommend, type Horizon, type Recommendation, type RecommendOptions } from './recommend.js';

export interface RoadmapElement {
  id: string;
  name: LocalizedText;
  score: number | null;
  level: number | null;
  /** The element's target level, when one was given. */
  target: number | null;
  programmes: Record<Horizon, Recommendation[]>;
  /** The element's programmes from the programme record, in register order: the roadmap starts from them. */
  registered: Programme[];
}

export interface Roadmap {
  region: Assessment['region'];
  period: string;
  index: number | null;
  /** One per element by default (`RecommendOptions.quickWins`); never a readiness gap; only for
   * elements that have no registered quick win yet. */
  quickWins: Recommendation[];
  /** The quick wins the region registered (not stopped ones): listed before the recommendations. */
  registeredQuickWins: QuickWin[];
  /** The readiness gaps (structure, infrastructure, superstructure), by priority: the readiness plan. */
  readinessPlan: Recommendation[];
  byHorizon: Record<Horizon, Recommendation[]>;
  elements: RoadmapElement[];
}

const byHorizon = (list: readonly Recommendation[]): Record<Horizon, Recommendation[]> =>
  Object.fromEntries(HORIZONS.map((h) => [h, list.filter((r) => r.horizon === h)])) as Record<Horizon, Recommendation[]>;

/** The recommendations grouped by horizon and by element: the skeleton of a masterplan. */
export function roadmap(framework: Framework, assessment: Assessment, options: RecommendOptions = {}): Roadmap {
  expectFramework('roadmap', framework);
  expectAssessment('roadmap', assessment);
  expectOptions('roadmap', options);
  const report = scoreAssessment(framework, assessment);
  const { count: _all, ...rest } = options; // a roadmap holds every gap
  const recommendations = recommend(framework, assessment, rest);
  const elementIds = [...framework.elements.map((e) => e.id), 'readiness'];
  const record = assessment.programmeRecord;
  const registeredQuickWins = (record?.quickWins ?? []).filter((q) => q.status !== 'stopped');
  const covered = new Set(registeredQuickWins.map((q) => q.elementId));
  return {
    region: assessment.region,
    period: assessment.period,
    index: report.index,
    // Recommendations fill the gaps: no quick win is proposed where one is registered.
    quickWins: recommendations.filter((r) => r.horizon === 'quickWin' && !covered.has(r.elementId)),
    registeredQuickWins,
    readinessPlan: recommendations.filter((r) => r.elementId === 'readiness'),
    byHorizon: byHorizon(recommendations),
    elements: elementIds.map((id) => {
      const scored = id === 'readiness' ? report.readiness : report.elements.find((e) => e.id === id);
      return {
        id,
        name: scored?.name ?? { id, en: id },
        score: scored?.score ?? null,
        level: scored?.level ?? null,
        target: own(options.targets, id) ?? null,
        programmes: byHorizon(recommendations.filter((r) => r.elementId === id)),
        registered: (record?.programmes ?? []).filter((p) => p.elementId === id),
      };
    }),
  };
}

const words = {
  id: {
    title: 'Kerangka Masterplan Smart City',
    period: 'Periode penilaian',
    index: `${INDEX_LABEL.id} saat ini`,
    quickWins: 'Quick win',
    readinessPlan: 'Rencana penguatan kesiapan daerah',
    none: 'Belum ada program yang diusulkan.',
    situation: 'Kondisi saat ini',
    target: 'Target',
    oneUp: 'naik satu level per indikator',
    horizon: { quickWin: 'Quick win (≤ 1 tahun)', short: 'Program jangka pendek (1–2 tahun)', medium: 'Program jangka menengah (hingga 5 tahun, satu periode RPJMD)', long: 'Program jangka panjang (5–10 tahun, cakrawala masterplan)' },
    from: (a: string, b: string) => `dari level ${a} ke level ${b}`,
    owner: 'OPD penanggung jawab',
    noOwner: 'belum ditetapkan',
    years: 'Tahun',
    budget: 'Anggaran: estimasi dan sumber dana (APBD, APBN, KPBU, CSR, dll.) belum diisi',
    level: 'level',
  },
  en: {
    title: 'Smart City Masterplan Outline',
    period: 'Assessment period',
    index: `Current ${INDEX_LABEL.en.toLowerCase()}`,
    quickWins: 'Quick wins',
    readinessPlan: 'Readiness plan',
    none: 'No programmes proposed yet.',
    situation: 'Current situation',
    target: 'Target',
    oneUp: 'one level up per indicator',
    horizon: { quickWin: 'Quick win (within 1 year)', short: 'Short-term programmes (1–2 years)', medium: 'Medium-term programmes (up to 5 years, one RPJMD period)', long: 'Long-term programmes (5–10 years, the masterplan\'s horizon)' },
    from: (a: string, b: string) => `from level ${a} to level ${b}`,
    owner: 'Responsible agency (OPD)',
    noOwner: 'not yet assigned',
    years: 'Years',
    budget: 'Budget: estimate and source of funds (APBD, APBN, PPP, CSR, etc.) not yet filled in',
    level: 'level',
  },
};

/**
 * The years a horizon covers, counted from the year after the assessment period and staged one
 * after the other as masterplans do (Bontang: short 2020, medium 2021–2024, long 2025–2029):
 * quick win year 1, short term years 1–2, medium term years 3–5, long term years 6–10.
 * A period without a year gives the relative years ("tahun ke-1–2").
 */
const HORIZON_YEARS: Record<Horizon, readonly [number, number]> = { quickWin: [1, 1], short: [1, 2], medium: [3, 5], long: [6, 10] };

export function horizonYears(period: string, horizon: Horizon, lang: Lang = 'id'): string {
  const [from, to] = HORIZON_YEARS[horizon];
  const year = /(?:^|\D)(\d{4})(?!\d)/.exec(period)?.[1];
  if (year === undefined) {
    const span = from === to ? `${from}` : `${from}–${to}`;
    return lang === 'id' ? `tahun ke-${span} setelah penilaian` : `year ${span} after the assessment`;
  }
  const base = Number(year);
  return from === to ? `${base + from}` : `${base + from}–${base + to}`;
}

/** The roadmap as a Markdown outline a consultant pastes into the masterplan book. */
export function roadmapMarkdown(plan: Roadmap, options: LanguageOptions = {}): string {
  if (typeof plan !== 'object' || plan === null || !Array.isArray(plan.elements)) {
    throw new TypeError('roadmapMarkdown: the argument "plan" must be a roadmap (the result of roadmap).');
  }
  expectOptions('roadmapMarkdown', options);
  const lang = options.lang ?? 'id';
  const w = words[lang];
  // A plan may come from a file: a level that is not a number is printed as escaped text.
  const level = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : mdText(String(value ?? '–')));
  // Each programme names its owner OPD, its year(s) and a budget line the owner fills in.
  const item = (r: Recommendation) => [
    `- **${mdText(r.question[lang])}** (${w.from(level(r.current), level(r.target))}): ${mdText(r.step[lang])}`,
    `  - ${w.owner}: ${r.owner ? mdText(r.owner) : w.noOwner} · ${w.years}: ${horizonYears(plan.period, r.horizon, lang)}`,
    `  - ${w.budget}`,
  ];
  const lines = [
    `# ${w.title}: ${mdText(plan.region.name)}`,
    '',
    `- ${w.period}: ${mdText(plan.period)}`,
    `- ${w.index}: ${formatScore(plan.index, lang, 2)}`,
    '',
    `> ${INDEX_NOTE[lang]}`,
    '',
    `## ${w.quickWins}`,
    '',
    ...plan.registeredQuickWins.map((q) => registeredLine(q, lang)),
    ...plan.quickWins.flatMap(item),
    ...(plan.quickWins.length + plan.registeredQuickWins.length ? [] : [w.none]),
  ];
  for (const element of plan.elements) {
    if (element.id === 'readiness') continue;
    lines.push('', `## ${mdText(element.name[lang])}`, '');
    lines.push(`- ${w.situation}: ${formatScore(element.score, lang, 2)} (${w.level} ${level(element.level)})`);
    lines.push(`- ${w.target}: ${element.target !== null ? `${w.level} ${level(element.target)}` : w.oneUp}`);
    const unplaced = element.registered.filter((p) => p.horizon === undefined);
    if (unplaced.length > 0) lines.push('', `### ${unplacedHeading(lang)}`, '', ...unplaced.map((p) => registeredLine(p, lang)));
    for (const horizon of HORIZONS) {
      const registered = element.registered.filter((p) => p.horizon === horizon);
      const programmes = element.programmes[horizon];
      if (programmes.length + registered.length === 0) continue;
      lines.push('', `### ${w.horizon[horizon]}`, '', ...registered.map((p) => registeredLine(p, lang)), ...programmes.flatMap(item));
    }
  }
  const readiness = plan.elements.find((e) => e.id === 'readiness');
  lines.push('', `## ${w.readinessPlan}`, '');
  if (readiness) lines.push(`- ${w.situation}: ${formatScore(readiness.score, lang, 2)} (${w.level} ${readiness.level ?? '–'})`, '');
  lines.push(...(plan.readinessPlan.length ? plan.readinessPlan.flatMap(item) : [w.none]));
  return `${lines.join('\n')}\n`;
}
