import { Hono } from 'hono';
import type { AppEnv } from '../http/env.js';
import { assessmentProgress } from '../work/progress.js';
import { readableAssessment } from './assessments.js';

/** The coordinator's overview: per OPD assigned, answered, missing, who answered what and when. Readers of the assessment only. */
export const progressRoutes = new Hono<AppEnv>().get('/assessments/:id/progress', async (c) => {
  const assessment = await readableAssessment(c);
  return c.json(await assessmentProgress(c.var.deps.db, c.var.deps.frameworks, assessment));
});
