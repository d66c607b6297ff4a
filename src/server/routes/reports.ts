import { Hono } from 'hono';
import { allow } from '../http/auth.js';
import type { AppEnv } from '../http/env.js';
import { ApiError } from '../http/errors.js';
import { getRegion } from '../work/regions.js';
import { latestReport, publishReport } from '../work/reports.js';
import { readableAssessment } from './assessments.js';

export const reportRoutes = new Hono<AppEnv>().post('/assessments/:id/publish', async (c) => {
  const assessment = await readableAssessment(c);
  const user = allow(c, 'report.publish', assessment);
  return c.json({ published: await publishReport(c.var.deps.db, c.var.deps.frameworks, assessment, user) }, 201);
});

/**
 * Read-only and without sign-in: the region's latest published report, for
 * `<smart-city-scorecard>` on the region's portal, which CORS allows (its portal_origin only).
 */
export const publicRoutes = new Hono<AppEnv>()
  .use('/regions/:code/report', async (c, next) => {
    const region = await getRegion(c.var.deps.db, c.req.param('code') ?? '');
    const origin = c.req.header('origin');
    const allowed = region?.portalOrigin && origin === region.portalOrigin;
    if (c.req.method === 'OPTIONS') {
      if (!allowed) return c.body(null, 204);
      return c.body(null, 204, { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Methods': 'GET', 'Access-Control-Max-Age': '600', Vary: 'Origin' });
    }
    await next();
    c.header('Vary', 'Origin');
    c.header('Cross-Origin-Resource-Policy', 'cross-origin');
    if (allowed) c.header('Access-Control-Allow-Origin', origin);
  })
  .get('/regions/:code/report', async (c) => {
    const report = await latestReport(c.var.deps.db, c.req.param('code'), c.req.query('period'));
    if (!report) throw new ApiError('not_found');
    c.header('Cache-Control', 'public, max-age=60');
    return c.json(report);
  });
