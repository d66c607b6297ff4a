import { formatScore } from '../../scoring/format.js';
import { compareAssessments } from '../../planning/compare.js';
import type { Command } from '../context.js';
import { loadAssessment } from '../files.js';
import { textTable } from '../table.js';

/** `compare <previous> <current>`: two periods of one region. */
export const compare: Command = (ctx) => {
  const format = ctx.choice('format', ['table', 'json'] as const, 'table');
  const { framework, lang, words: w } = ctx;
  const previous = loadAssessment(ctx.arg(0, 2), framework, lang);
  const current = loadAssessment(ctx.arg(1, 2), framework, lang);
  const c = compareAssessments(framework, previous, current, ctx.scoreOptions());
  if (format === 'json') {
    ctx.emit(JSON.stringify(c, null, 2));
    return 0;
  }
  const names = new Map(framework.elements.map((e) => [e.id, e.name[lang]]));
  const name = (id: string) => names.get(id) ?? (id === 'index' ? w.index : id);
  const sign = (d: number | null) => (d === null ? '–' : `${d > 0 ? '+' : ''}${formatScore(d, lang, 2)}`);
  const rows = [c.index, ...c.elements].map((d) => [name(d.id), formatScore(d.previous, lang, 2), formatScore(d.current, lang, 2), sign(d.delta)]);
  ctx.emit([
    `${current.region.name}: ${c.previousPeriod} → ${c.currentPeriod}`, '',
    textTable([w.element, `${w.previous} (${c.previousPeriod})`, `${w.current} (${c.currentPeriod})`, w.change], rows), '',
    `${w.improved}: ${c.improved.length}  ${w.declined}: ${c.declined.length}  ${w.added}: ${c.new.length}  ${w.removed}: ${c.removed.length}`,
    ...c.declined.map((id) => `  ▼ ${id}`),
  ].join('\n'));
  return 0;
};
