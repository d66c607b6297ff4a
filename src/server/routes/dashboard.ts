import { Hono } from 'hono';
import { allow } from '../http/auth.js';
import type { AppEnv } from '../http/env.js';
import { parseWith } from '../http/input.js';
import { DashboardQuerySchema } from '../schemas.js';
import { readDashboard } from '../work/dashboard.js';
import { frameworkFor } from '../work/assessments.js';

/** `GET /api/dashboard`: the regions dashboard of what the caller oversees (viewers, admin, a region's own users). */
export const dashboardRoutes = new Hono<AppEnv>().get('/dashboard', async (c) => {
  const user = allow(c, 'dashboard.list');
  const raw = c.req.query();
  const query = parseWith(DashboardQuerySchema, { period: raw.period || undefined, province: raw.province || undefined, cohort: raw.cohort || undefined }, c.var.lang);
  // The dashboard compares regions on the built-in framework (the one assessments start on by default).
  const framework = frameworkFor(c.var.deps.frameworks, 'gm100');
  return c.json(await readDashboard(c.var.deps.db, framework, user, query));
});
