import { single, type Database, type Queryable } from '../db/database.js';
import { ApiError } from '../http/errors.js';
import type { PeriodInput, RegionInput, RegionSettings } from '../schemas.js';
import { audit, isUniqueViolation } from './audit.js';

export interface RegionRecord {
  code: string;
  name: string;
  kind: string;
  province: string;
  cohort: number | null;
  portalOrigin: string | null;
}

interface RegionRow {
  code: string;
  name: string;
  kind: string;
  province: string;
  cohort: number | null;
  portal_origin: string | null;
}

const toRegion = (r: RegionRow): RegionRecord => ({ code: r.code, name: r.name, kind: r.kind, province: r.province, cohort: r.cohort, portalOrigin: r.portal_origin });

export async function createRegion(db: Database, input: RegionInput, actorId: number | null): Promise<RegionRecord> {
  return db.transaction(async (tx) => {
    try {
      const row = single(await tx.query<RegionRow>(
        'insert into regions (code, name, kind, province, cohort, portal_origin) values ($1, $2, $3, $4, $5, $6) returning *',
        [input.code, input.name, input.kind, input.province, input.cohort ?? null, input.portalOrigin ?? null],
      ));
      const region = toRegion(row);
      await audit(tx, { userId: actorId, action: 'create', entity: 'region', entityId: region.code, after: region });
      return region;
    } catch (error) {
      if (isUniqueViolation(error)) throw new ApiError('already_exists');
      throw error;
    }
  });
}

/** Sets what the region's coordinator may change (its portal origin), with an audit row of before and after. */
export async function updateRegionSettings(db: Database, code: string, settings: RegionSettings, actorId: number): Promise<RegionRecord> {
  return db.transaction(async (tx) => {
    const [before] = await tx.query<RegionRow>('select * from regions where code = $1 for update', [code]);
    if (!before) throw new ApiError('not_found');
    const row = single(await tx.query<RegionRow>('update regions set portal_origin = $2 where code = $1 returning *', [code, settings.portalOrigin]));
    const region = toRegion(row);
    await audit(tx, { userId: actorId, action: 'settings', entity: 'region', entityId: code, before: { portalOrigin: before.portal_origin }, after: { portalOrigin: region.portalOrigin } });
    return region;
  });
}

export async function getRegion(db: Queryable, code: string): Promise<RegionRecord | undefined> {
  const [row] = await db.query<RegionRow>('select * from regions where code = $1', [code]);
  return row && toRegion(row);
}

export async function listRegions(db: Queryable): Promise<RegionRecord[]> {
  return (await db.query<RegionRow>('select * from regions order by code')).map(toRegion);
}

export interface PeriodRecord {
  id: string;
  title: string;
  opensOn: string | null;
  closesOn: string | null;
}

interface PeriodRow {
  id: string;
  title: string;
  opens_on: string | Date | null;
  closes_on: string | Date | null;
}

const day = (value: string | Date | null) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);
const toPeriod = (r: PeriodRow): PeriodRecord => ({ id: r.id, title: r.title, opensOn: day(r.opens_on), closesOn: day(r.closes_on) });

export async function createPeriod(db: Database, input: PeriodInput, actorId: number | null): Promise<PeriodRecord> {
  return db.transaction(async (tx) => {
    try {
      const row = single(await tx.query<PeriodRow>('insert into periods (id, title, opens_on, closes_on) values ($1, $2, $3, $4) returning *', [
        input.id,
        input.title,
        input.opensOn ?? null,
        input.closesOn ?? null,
      ]));
      const period = toPeriod(row);
      await audit(tx, { userId: actorId, action: 'create', entity: 'period', entityId: period.id, after: period });
      return period;
    } catch (error) {
      if (isUniqueViolation(error)) throw new ApiError('already_exists');
      throw error;
    }
  });
}

export async function listPeriods(db: Queryable): Promise<PeriodRecord[]> {
  return (await db.query<PeriodRow>('select * from periods order by id')).map(toPeriod);
}
