// The regions dashboard's core: published reports → entries, filters, sorting, distribution,
// trend and the CSV / xlsx table. Expected values are worked out by hand from the entries below.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { scoreAssessment } from '../../src/index.js';
import {
  buildDashboard, dashboardChoices, dashboardDistribution, dashboardSheet, dashboardToCsv, dashboardTrend, DashboardSchema,
  filterEntries, latestPeriod, sortEntries, type Dashboard, type DashboardEntry,
} from '../../src/dashboard/index.js';
import { makeFramework } from '../support/frameworks.js';
import { assess } from '../support/assessments.js';

const t = (id: string, en: string) => ({ id, en });
const element = (id: string, score: number | null, level: number | null, completeness = 1, provisional = false) => ({ id, score, level, completeness, provisional });
const entry = (over: Partial<DashboardEntry> & Pick<DashboardEntry, 'regionCode' | 'regionName' | 'province' | 'period'>): DashboardEntry => ({
  cohort: null, index: null, level: null, completeness: 1, provisional: false, elements: [], ...over,
});

/** Four regions in 2026, two of them also in 2025. */
const dashboard: Dashboard = {
  levels: [
    { rank: 1, name: t('Rintisan', 'Initiating') },
    { rank: 2, name: t('Terkelola', 'Managed') },
    { rank: 3, name: t('Terdefinisi', 'Defined') },
    { rank: 4, name: t('Terpadu dan Terukur', 'Integrated and Measured') },
    { rank: 5, name: t('Optimum', 'Optimised') },
  ],
  elements: [{ id: 'e1', name: t('Tata Kelola', 'Governance') }, { id: 'e2', name: t('Lingkungan', 'Environment') }],
  entries: [
    entry({ regionCode: '99.01', regionName: 'Kabupaten Sukamaju', province: 'Jawa Barat', cohort: 2017, period: '2025', index: 2.8, level: 2, elements: [element('e1', 3, 3), element('e2', 2.6, 2)] }),
    entry({ regionCode: '99.71', regionName: 'Kota Contoh', province: 'Kalimantan Timur', cohort: 2017, period: '2025', index: 3.9, level: 3, elements: [element('e1', 4, 4), element('e2', 3.8, 3)] }),
    entry({
      regionCode: '99.01', regionName: 'Kabupaten Sukamaju', province: 'Jawa Barat', cohort: 2017, period: '2026', publishedAt: '2026-03-01T00:00:00.000Z',
      index: 3.2, level: 3, completeness: 0.875, elements: [element('e1', 3.456, 3), element('e2', 2.9, 2)],
    }),
    entry({
      regionCode: '99.02', regionName: 'Kabupaten Lembah Hijau', province: 'Jawa Barat', cohort: 2019, period: '2026',
      index: 2.1, level: 2, completeness: 0.9, elements: [element('e1', 1.5, 1), element('e2', null, null, 0, true)],
    }),
    entry({ regionCode: '99.71', regionName: 'Kota Contoh', province: 'Kalimantan Timur', cohort: 2017, period: '2026', index: 4.4, level: 4, elements: [element('e1', 4.8, 4), element('e2', 4, 4)] }),
    entry({
      regionCode: '99.72', regionName: '=Kota Tepian', province: 'Kalimantan Timur', period: '2026',
      index: 2.6, level: null, completeness: 0.5, provisional: true, elements: [element('e1', 2.6, null, 0.5, true), element('e2', 2.2, 2)],
    }),
  ],
};
const in2026 = filterEntries(dashboard.entries, { period: '2026' });
const names = (entries: DashboardEntry[]) => entries.map((e) => e.regionName);

describe('dashboard: entries from published reports', () => {
  const framework = makeFramework(2, 1, 2); // e1, e2 with two indicators each; readiness r.i1, r.i2: six in all
  const region = (code: string) => ({ code, name: `Kota ${code}`, province: 'Provinsi Uji', cohort: 2018 });
  const everything = (level: number) => scoreAssessment(framework, assess(framework, () => ({ level })));
  // Only e1 answered (level 4): 2 of 6 indicators, completeness 1/3 < 0.8, so the index is provisional.
  const onlyE1 = scoreAssessment(framework, assess(framework, (id) => (id.startsWith('e1.') ? { level: 4 } : undefined)));

  it('keeps the latest report per region and period and claims no level where it is provisional', () => {
    const built = buildDashboard(framework, [
      { region: region('99.02'), period: '2026', publishedAt: '2026-02-01T00:00:00.000Z', report: everything(2) },
      { region: region('99.01'), period: '2026', publishedAt: '2026-01-01T00:00:00.000Z', report: everything(3) },
      { region: region('99.01'), period: '2026', publishedAt: '2026-02-01T00:00:00.000Z', report: onlyE1 },
      { region: region('99.01'), period: '2025', report: everything(1) },
    ]);
    assert.deepEqual(built.elements.map((e) => e.id), ['e1', 'e2']);
    assert.deepEqual(built.levels.map((l) => l.rank), [1, 2, 3, 4, 5]);
    // By period, then code: 99.01/2025, 99.01/2026 (the February one), 99.02/2026.
    assert.deepEqual(built.entries.map((e) => `${e.regionCode}/${e.period}`), ['99.01/2025', '99.01/2026', '99.02/2026']);
    const [old, latest, other] = built.entries;
    // Every indicator at 1 (or 2): every score is 1 (or 2), complete, final.
    assert.deepEqual({ index: old!.index, level: old!.level, provisional: old!.provisional, completeness: old!.completeness }, { index: 1, level: 1, provisional: false, completeness: 1 });
    assert.equal(other!.index, 2);
    assert.equal(latest!.provisional, true);
    assert.equal(latest!.level, null);
    assert.equal(latest!.completeness, 2 / 6);
    assert.deepEqual(latest!.elements, [
      { id: 'e1', score: 4, level: 4, completeness: 1, provisional: false },
      // Nothing answered: no score, and 0 < 0.8 makes it provisional.
      { id: 'e2', score: null, level: null, completeness: 0, provisional: true },
    ]);
    assert.equal(DashboardSchema.safeParse(built).success, true);
  });
});

describe('dashboard: filters and sorting', () => {
  it('filters by province, cohort and period, and lists what can be chosen', () => {
    assert.deepEqual(names(filterEntries(dashboard.entries, { cohort: 2017, period: '2026' })), ['Kabupaten Sukamaju', 'Kota Contoh']);
    assert.deepEqual(names(filterEntries(in2026, { province: 'Kalimantan Timur' })), ['Kota Contoh', '=Kota Tepian']);
    assert.deepEqual(dashboardChoices(dashboard.entries), { provinces: ['Jawa Barat', 'Kalimantan Timur'], cohorts: [2017, 2019], periods: ['2025', '2026'] });
    assert.equal(latestPeriod(dashboard.entries), '2026');
    assert.equal(latestPeriod([]), undefined);
  });

  it('sorts by the index, an element or the cohort, missing values last either way', () => {
    assert.deepEqual(names(sortEntries(in2026, 'index', 'descending')), ['Kota Contoh', 'Kabupaten Sukamaju', '=Kota Tepian', 'Kabupaten Lembah Hijau']); // 4.4, 3.2, 2.6, 2.1
    assert.deepEqual(names(sortEntries(in2026, { element: 'e2' })), ['=Kota Tepian', 'Kabupaten Sukamaju', 'Kota Contoh', 'Kabupaten Lembah Hijau']); // 2.2, 2.9, 4, none
    assert.deepEqual(names(sortEntries(in2026, { element: 'e2' }, 'descending')), ['Kota Contoh', 'Kabupaten Sukamaju', '=Kota Tepian', 'Kabupaten Lembah Hijau']);
    // 2017 twice (by name: "Kabupaten Sukamaju" before "Kota Contoh"), 2019, then no cohort.
    assert.deepEqual(names(sortEntries(in2026, 'cohort')), ['Kabupaten Sukamaju', 'Kota Contoh', 'Kabupaten Lembah Hijau', '=Kota Tepian']);
    assert.deepEqual(names(sortEntries(in2026, 'region')), ['=Kota Tepian', 'Kabupaten Lembah Hijau', 'Kabupaten Sukamaju', 'Kota Contoh']);
  });
});

describe('dashboard: distribution per element', () => {
  it('counts regions per level, provisional and unscored apart, with min, median and max', () => {
    const [index, e1, e2] = dashboardDistribution(dashboard, in2026);
    const counts = (d: typeof index) => d!.levels.map((l) => l.count);
    // Index 3.2 (3), 2.1 (2), 4.4 (4), 2.6 provisional. Sorted 2.1, 2.6, 3.2, 4.4: median (2.6 + 3.2) / 2 = 2.9.
    assert.deepEqual(counts(index), [0, 1, 1, 1, 0]);
    assert.deepEqual([index!.id, index!.provisional, index!.unscored, index!.min, index!.max], ['index', 1, 0, 2.1, 4.4]);
    assert.ok(Math.abs(index!.median! - 2.9) < 1e-12);
    // e1: 3.456 (3), 1.5 (1), 4.8 (4), 2.6 provisional; median (2.6 + 3.456) / 2 = 3.028.
    assert.deepEqual(counts(e1), [1, 0, 1, 1, 0]);
    assert.deepEqual([e1!.provisional, e1!.min, e1!.max], [1, 1.5, 4.8]);
    assert.ok(Math.abs(e1!.median! - 3.028) < 1e-12);
    // e2: 2.9 (2), unscored, 4 (4), 2.2 (2); median of 2.2, 2.9, 4 is 2.9.
    assert.deepEqual(counts(e2), [0, 2, 0, 1, 0]);
    assert.deepEqual([e2!.provisional, e2!.unscored, e2!.min, e2!.median, e2!.max], [0, 1, 2.2, 2.9, 4]);
  });

  it('has no min, median or max when nothing is scored', () => {
    const [index] = dashboardDistribution(dashboard, []);
    assert.deepEqual([index!.min, index!.median, index!.max, index!.unscored], [null, null, null, 0]);
  });
});

describe('dashboard: trend over periods', () => {
  it('gives each region its index per period and the median per period', () => {
    const trend = dashboardTrend(dashboard.entries);
    assert.deepEqual(trend.periods, ['2025', '2026']);
    assert.deepEqual(trend.regions.map((r) => [r.name, r.values]), [
      ['=Kota Tepian', [null, 2.6]],
      ['Kabupaten Lembah Hijau', [null, 2.1]],
      ['Kabupaten Sukamaju', [2.8, 3.2]],
      ['Kota Contoh', [3.9, 4.4]],
    ]);
    // 2025: (2.8 + 3.9) / 2 = 3.35; 2026: 2.9 as above.
    assert.ok(Math.abs(trend.median[0]! - 3.35) < 1e-12);
    assert.ok(Math.abs(trend.median[1]! - 2.9) < 1e-12);
    // Kalimantan Timur only: 2025 3.9 alone; 2026 (4.4 + 2.6) / 2 = 3.5.
    assert.deepEqual(dashboardTrend(filterEntries(dashboard.entries, { province: 'Kalimantan Timur' })).median, [3.9, 3.5]);
  });
});

describe('dashboard: CSV and xlsx table', () => {
  const sukamaju = in2026.filter((e) => e.regionCode === '99.01');

  it('writes CSV with English machine headers, rounded scores, whole percents and level names', () => {
    const csv = dashboardToCsv(dashboard, [...sukamaju, ...in2026.filter((e) => e.regionCode === '99.72')], { lang: 'en' });
    assert.equal(
      csv,
      '\uFEFFregion_code,region_name,province,cohort,period,published_at,self_assessment_index,level,completeness_percent,provisional,e1,e2\r\n' +
        // 3.456 → 3.46; 0.875 → 88 %.
        '99.01,Kabupaten Sukamaju,Jawa Barat,2017,2026,2026-03-01T00:00:00.000Z,3.2,Defined,88,no,3.46,2.9\r\n' +
        // A formula-like name is neutralised; a provisional index has no level.
        "99.72,'=Kota Tepian,Kalimantan Timur,,2026,,2.6,,50,yes,2.6,2.2\r\n",
    );
  });

  it('writes CSV with Indonesian headers and a decimal comma for ;', () => {
    const [head, row] = dashboardToCsv(dashboard, sukamaju, { lang: 'id', delimiter: ';' }).slice(1).split('\r\n');
    assert.equal(head, 'kode_wilayah;nama_daerah;provinsi;kohort;periode;diterbitkan;indeks_swanilai;level;kelengkapan_persen;sementara;e1;e2');
    assert.equal(row, '99.01;Kabupaten Sukamaju;Jawa Barat;2017;2026;2026-03-01T00:00:00.000Z;3,2;Terdefinisi;88;tidak;3,46;2,9');
  });

  it('builds the xlsx sheet: headers for people, exact values with formats', () => {
    const sheet = dashboardSheet(dashboard, sukamaju, 'id');
    assert.equal(sheet.name, 'Dasbor daerah');
    assert.deepEqual(sheet.rows[0]!.map((c) => (c && typeof c === 'object' ? c.value : c)), [
      'Kode wilayah', 'Nama daerah', 'Provinsi', 'Kohort', 'Periode', 'Diterbitkan', 'Indeks swanilai', 'Level', 'Kelengkapan', 'Sementara', 'Tata Kelola', 'Lingkungan',
    ]);
    assert.deepEqual(sheet.rows[1], [
      '99.01', 'Kabupaten Sukamaju', 'Jawa Barat', 2017, '2026', '2026-03-01', { value: 3.2, format: '0.00' }, 'Terdefinisi',
      { value: 0.875, format: '0%' }, 'tidak', { value: 3.456, format: '0.00' }, { value: 2.9, format: '0.00' },
    ]);
    assert.equal(dashboardSheet(dashboard, sukamaju, 'en').rows[0]![10] && (dashboardSheet(dashboard, sukamaju, 'en').rows[0]![10] as { value: string }).value, 'Governance');
  });
});

describe('dashboard: the Node workbook', () => {
  it('writes the sheet as an .xlsx file', async () => {
    const { dashboardWorkbook } = await import('../../src/xlsx/index.js');
    const { unzipSync, strFromU8 } = await import('fflate');
    const files = unzipSync(await dashboardWorkbook(dashboard, in2026, { lang: 'en' }));
    assert.match(strFromU8(files['xl/workbook.xml']!), /<sheet [^>]*name="Regions dashboard"/);
    const strings = strFromU8(files['xl/sharedStrings.xml']!);
    for (const text of ['Kota Contoh', 'Integrated and Measured', 'Environment']) assert.ok(strings.includes(text), text);
  });
});
