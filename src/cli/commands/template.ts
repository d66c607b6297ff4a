import type { Assessment } from '../../schema/assessment.js';
import { answersToCsv } from '../../io/csv-answers.js';
import type { Command } from '../context.js';

/** `template`: a blank assessment to fill in, as JSON or as a CSV with each level's meaning. */
export const template: Command = (ctx) => {
  const format = ctx.choice('format', ['json', 'csv'] as const, 'json');
  const framework = ctx.framework;
  const blank: Assessment = {
    frameworkId: framework.id, frameworkVersion: framework.version,
    region: { name: ctx.values.region ?? '' }, period: ctx.values.period ?? '', answers: {},
  };
  ctx.emit(format === 'csv' ? answersToCsv(framework, blank, { ...ctx.csvOptions(), levelDescriptions: true }) : JSON.stringify(blank, null, 2));
  return 0;
};
