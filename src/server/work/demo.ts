import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { defaultFramework } from '../../frameworks/gm100/index.js';
import type { Assessment } from '../../schema/assessment.js';
import { parseAssessment } from '../../schema/parse.js';
import { scoreAssessment } from '../../scoring/score.js';
import { hashPassword } from '../auth/password.js';
import { single, type Database } from '../db/database.js';
import { packageRoot } from '../package-root.js';
import type { Role } from '../schemas.js';
import { audit } from './audit.js';
import { createPeriod, getRegion, createRegion, listPeriods } from './regions.js';
import { publicCopy } from './reports.js';

export interface DemoAccount {
  email: string;
  role: Role;
  password: string;
  /** What the account may do, in both languages. */
  what: { id: string; en: string };
}

const DEMO_PROVINCE = 'Provinsi Contoh';
/** The year each sample region joined the programme, so the dashboard's cohort filter has something to filter. */
const DEMO_COHORTS = new Map([['99.01', 2017], ['99.02', 2019], ['99.71', 2017], ['99.72', 2018], ['99.73', 2019]]);

/** Stores a sample assessment as version 1 and publishes it (scored), so the dashboard has data. */
async function seedPublished(db: Database, assessment: Assessment, code: string): Promise<void> {
  await db.transaction(async (tx) => {
    const row = single(
      await tx.query<{ id: string | number }>(
        "insert into assessments (region_code, period_id, framework_id, framework_version, current_version) values ($1, $2, 'gm100', $3, 1) returning id",
        [code, assessment.period, defaultFramework.version],
      ),
    );
    await tx.query('insert into assessment_versions (assessment_id, version, document, changed_indicators) values ($1, 1, $2, $3)', [row.id, JSON.stringify(assessment), Object.keys(assessment.answers)]);
    const published = publicCopy(assessment);
    await tx.query('insert into published_reports (assessment_id, version, report) values ($1, 1, $2)', [row.id, JSON.stringify({ assessment: published, report: scoreAssessment(defaultFramework, published) })]);
    await audit(tx, { userId: null, action: 'seed', entity: 'assessment', entityId: String(row.id), after: { regionCode: code, periodId: assessment.period, published: true } });
  });
}

/**
 * Seeds the sample regions of docs/examples/regions (each with its 2026 assessment as
 * version 1, published; Kota Contoh also with its 2025 one), the periods 2025–2027, one account
 * per role (two OPD contributors) and, in the first region, an empty 2027 draft whose
 * assignments name the two OPDs (the team flow), for trying the server out.
 * Runs again safely: what exists is kept. The accounts get fresh random passwords on every
 * start, printed once, so a demo left running is not open with a published password.
 */
export async function seedDemo(db: Database): Promise<DemoAccount[]> {
  const dir = join(packageRoot(), 'docs', 'examples', 'regions');
  const known = new Set((await listPeriods(db)).map((p) => p.id));
  for (const id of ['2025', '2026', '2027']) if (!known.has(id)) await createPeriod(db, { id, title: `Penilaian ${id}` }, null);
  let firstRegion = '';
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const assessment = parseAssessment(defaultFramework, readFileSync(join(dir, file), 'utf8'));
    const code = assessment.region.code;
    if (!code) continue;
    firstRegion ||= code;
    if (await getRegion(db, code)) continue;
    const kind = assessment.region.name.startsWith('Kabupaten') ? 'kabupaten' : 'kota';
    const cohort = DEMO_COHORTS.get(code);
    await createRegion(db, { code, name: assessment.region.name, kind, province: DEMO_PROVINCE, ...(cohort ? { cohort } : {}) }, null);
    await seedPublished(db, assessment, code);
    // Kota Contoh's 2025 sample too: the dashboard's trend then has two periods.
    if (code === '99.71') await seedPublished(db, parseAssessment(defaultFramework, readFileSync(join(packageRoot(), 'docs', 'examples', 'kota-contoh-2025.json'), 'utf8')), code);
  }
  if (firstRegion) await seedTeamDraft(db, firstRegion);
  const accounts: (Omit<DemoAccount, 'password'> & { name: string; regionCode?: string; province?: string; opd?: string })[] = [
    { email: 'admin@demo.example', role: 'admin', name: 'Admin Demo', what: { id: 'admin', en: 'admin' } },
    { email: 'koordinator@demo.example', role: 'coordinator', name: 'Koordinator Diskominfo', regionCode: firstRegion, what: { id: `koordinator ${firstRegion}`, en: `coordinator of ${firstRegion}` } },
    { email: 'dinkes@demo.example', role: 'contributor', name: 'Dinas Kesehatan', regionCode: firstRegion, opd: 'Dinas Kesehatan', what: { id: `kontributor OPD (Dinas Kesehatan) ${firstRegion}`, en: `OPD contributor (Dinas Kesehatan) of ${firstRegion}` } },
    { email: 'bappeda@demo.example', role: 'contributor', name: 'Bappeda', regionCode: firstRegion, opd: 'Bappeda', what: { id: `kontributor OPD (Bappeda) ${firstRegion}`, en: `OPD contributor (Bappeda) of ${firstRegion}` } },
    { email: 'asesor@demo.example', role: 'assessor', name: 'Asesor', regionCode: firstRegion, what: { id: `asesor ${firstRegion}`, en: `assessor of ${firstRegion}` } },
    { email: 'provinsi@demo.example', role: 'viewer', name: 'Pemerintah Provinsi', province: DEMO_PROVINCE, what: { id: `peninjau ${DEMO_PROVINCE}`, en: `viewer of ${DEMO_PROVINCE}` } },
  ];
  const result: DemoAccount[] = [];
  for (const account of accounts) {
    const password = randomBytes(9).toString('base64url');
    const hash = await hashPassword(password);
    await db.query(
      `insert into users (email, name, role, region_code, province, opd, password_hash) values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (email) do update set password_hash = excluded.password_hash, disabled_at = null`,
      [account.email, account.name, account.role, account.regionCode ?? null, account.province ?? null, account.opd ?? null, hash],
    );
    result.push({ email: account.email, role: account.role, password, what: account.what });
  }
  return result;
}

/**
 * The first region's 2027 draft, empty, with the two demo OPDs' indicators assigned to them
 * explicitly (as the framework also suggests): Dinas Kesehatan the health sub-element (3),
 * Bappeda the six planning indicators. The coordinator answers the rest or assigns it.
 */
export const DEMO_TEAM_ASSIGNMENTS: Readonly<Record<string, string>> = {
  'living.health': 'Dinas Kesehatan',
  'governance.bureaucracy.planning': 'Bappeda',
  'governance.policy.participation': 'Bappeda',
  'structure.budget': 'Bappeda',
  'structure.partnership': 'Bappeda',
  'superstructure.institution': 'Bappeda',
  'superstructure.evaluation': 'Bappeda',
};

async function seedTeamDraft(db: Database, regionCode: string): Promise<void> {
  const period = '2027';
  const [existing] = await db.query('select 1 from assessments where region_code = $1 and period_id = $2', [regionCode, period]);
  const region = await getRegion(db, regionCode);
  if (existing || !region) return;
  const document = parseAssessment(defaultFramework, {
    frameworkId: defaultFramework.id,
    frameworkVersion: defaultFramework.version,
    region: { name: region.name, code: region.code },
    period,
    answers: {},
    assignments: DEMO_TEAM_ASSIGNMENTS,
    createdAt: new Date().toISOString(),
  });
  await db.transaction(async (tx) => {
    const row = single(
      await tx.query<{ id: string | number }>(
        "insert into assessments (region_code, period_id, framework_id, framework_version, current_version) values ($1, $2, 'gm100', $3, 1) returning id",
        [regionCode, period, defaultFramework.version],
      ),
    );
    await tx.query('insert into assessment_versions (assessment_id, version, document, changed_indicators) values ($1, 1, $2, $3)', [row.id, JSON.stringify(document), []]);
    await audit(tx, { userId: null, action: 'seed', entity: 'assessment', entityId: String(row.id), after: { regionCode, periodId: period } });
  });
}
