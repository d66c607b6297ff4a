import type { Assessment } from '../schema/assessment.js';
import type { Framework } from '../schema/framework.js';
import type { LanguageOptions, LocalizedText } from '../schema/localized.js';
import { expectAssessment, expectFramework, expectOptions } from '../schema/arguments.js';
import { formatScore } from '../scoring/format.js';
import { scoreAssessment } from '../scoring/score.js';
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
}

export interface Roadmap {
  region: Assessment['region'];
  period: string;
  index: number | null;
  quickWins: Recommendation[];
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
  return {
    region: assessment.region,
    period: assessment.period,
    index: report.index,
    quickWins: recommendations.filter((r) => r.horizon === 'quickWin'),
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
      };
    }),
  };
}

const words = {
  id: {
    title: 'Kerangka Masterplan Smart City',
    period: 'Periode penilaian',
    index: 'Indeks kematangan saat ini',
    quickWins: 'Quick win',
    none: 'Belum ada program yang diusulkan.',
    situation: 'Kondisi saat ini',
    target: 'Target',
    oneUp: 'naik satu level per indikator',
    horizon: { quickWin: 'Quick win', short: 'Program jangka pendek (≤ 1 tahun)', medium: 'Program jangka menengah (≤ 5 tahun, satu periode RPJMD)', long: 'Program jangka panjang (≤ 10 tahun)' },
    from: (a: string, b: string) => `dari level ${a} ke level ${b}`,
    level: 'level',
  },
  en: {
    title: 'Smart City Masterplan Outline',
    period: 'Assessment period',
    index: 'Current maturity index',
    quickWins: 'Quick wins',
    none: 'No programmes proposed yet.',
    situation: 'Current situation',
    target: 'Target',
    oneUp: 'one level up per indicator',
    horizon: { quickWin: 'Quick win', short: 'Short-term programmes (≤ 1 year)', medium: 'Medium-term programmes (≤ 5 years, one RPJMD period)', long: 'Long-term programmes (≤ 10 years)' },
    from: (a: string, b: string) => `from level ${a} to level ${b}`,
    level: 'level',
  },
};

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
  const item = (r: Recommendation) => `- **${mdText(r.question[lang])}** (${w.from(level(r.current), level(r.target))}): ${mdText(r.step[lang])}`;
  const lines = [
    `# ${w.title}: ${mdText(plan.region.name)}`,
    '',
    `- ${w.period}: ${mdText(plan.period)}`,
    `- ${w.index}: ${formatScore(plan.index, lang, 2)}`,
    '',
    `## ${w.quickWins}`,
    '',
    ...(plan.quickWins.length ? plan.quickWins.map(item) : [w.none]),
  ];
  for (const element of plan.elements) {
    lines.push('', `## ${mdText(element.name[lang])}`, '');
    lines.push(`- ${w.situation}: ${formatScore(element.score, lang, 2)} (${w.level} ${level(element.level)})`);
    lines.push(`- ${w.target}: ${element.target !== null ? `${w.level} ${level(element.target)}` : w.oneUp}`);
    for (const horizon of HORIZONS) {
      const programmes = element.programmes[horizon];
      if (programmes.length === 0) continue;
      lines.push('', `### ${w.horizon[horizon]}`, '', ...programmes.map(item));
    }
  }
  return `${lines.join('\n')}\n`;
}
