import { roadmap as plan, roadmapMarkdown } from '../../planning/roadmap.js';
import type { Command } from '../context.js';
import { loadAssessment, readText } from '../files.js';
import { parseTargets } from '../targets.js';

/** `roadmap <assessment>`: the masterplan outline, as Markdown or JSON. */
export const roadmap: Command = (ctx) => {
  const format = ctx.choice('format', ['markdown', 'json'] as const, 'markdown');
  const { framework, lang } = ctx;
  const assessment = loadAssessment(ctx.arg(0, 1), framework, lang);
  const targetsFile = ctx.values.targets;
  const targets = targetsFile ? parseTargets(framework, readText(targetsFile, lang), targetsFile, lang) : undefined;
  const result = plan(framework, assessment, targets ? { targets } : {});
  ctx.emit(format === 'json' ? JSON.stringify(result, null, 2) : roadmapMarkdown(result, { lang }));
  return 0;
};
