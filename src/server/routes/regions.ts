import { Hono } from 'hono';
import { can } from '../auth/can.js';
import { allow, signedIn } from '../http/auth.js';
import type { AppEnv } from '../http/env.js';
import { ApiError } from '../http/errors.js';
import { jsonBody } from '../http/input.js';
import { PeriodInputSchema, RegionInputSchema, RegionSettingsSchema } from '../schemas.js';
import { readAudit } from '../work/audit.js';
import { createPeriod, createRegion, getRegion, listPeriods, listRegions, updateRegionSettings } from '../work/regions.js';

export const regionRoutes = new Hono<AppEnv>()
  .get('/regions', async (c) => {
    const user = allow(c, 'region.list');
    const regions = await listRegions(c.var.deps.db);
    return c.json({ regions: regions.filter((r) => can(user, 'region.read', { regionCode: r.code, province: r.province })) });
  })
  .post('/regions', async (c) => {
    const user = allow(c, 'region.create');
    const input = await jsonBody(c, RegionInputSchema);
    return c.json({ region: await createRegion(c.var.deps.db, input, user.id) }, 201);
  })
  .get('/regions/:code', async (c) => {
    const user = signedIn(c);
    const region = await getRegion(c.var.deps.db, c.req.param('code'));
    // Another region's existence is not disclosed: not found, as if it were not there.
    if (!region || !can(user, 'region.read', { regionCode: region.code, province: region.province })) throw new ApiError('not_found');
    return c.json({ region });
  })
  // The coordinator names its portal's origin, which may then read the published reports (CORS).
  .patch('/regions/:code', async (c) => {
    const user = signedIn(c);
    const region = await getRegion(c.var.deps.db, c.req.param('code'));
    if (!region || !can(user, 'region.read', { regionCode: region.code, province: region.province })) throw new ApiError('not_found');
    allow(c, 'region.settings', { regionCode: region.code });
    const settings = await jsonBody(c, RegionSettingsSchema);
    return c.json({ region: await updateRegionSettings(c.var.deps.db, region.code, settings, user.id) });
  })
  .get('/audit', async (c) => {
    allow(c, 'audit.read');
    const limit = Math.min(Math.max(Number.parseInt(c.req.query('limit') ?? '100', 10) || 100, 1), 1000);
    return c.json({ entries: await readAudit(c.var.deps.db, { entity: c.req.query('entity'), entityId: c.req.query('entityId'), limit }) });
  })
  .get('/periods', async (c) => {
    allow(c, 'period.list');
    return c.json({ periods: await listPeriods(c.var.deps.db) });
  })
  .post('/periods', async (c) => {
    const user = allow(c, 'period.create');
    const input = await jsonBody(c, PeriodInputSchema);
    return c.json({ period: await createPeriod(c.var.deps.db, input, user.id) }, 201);
  });
