import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  assessmentJsonSchema, compareAssessments, csvToProgrammes, csvToQuickWins, defaultFramework, parseAssessment, programmeRealisation,
  programmeRecordMarkdown, programmeRegisterRows, programmesToCsv, quickWinRegisterRows, quickWinSummary, quickWinsToCsv, realisedText,
  recoverAssessment, roadmap, roadmapMarkdown, safeParseAssessment, ValidationError, type Assessment, type ProgrammeRecord,
} from '../../src/index.js';

const record: ProgrammeRecord = {
  profile: { kind: 'kota', province: 'Kalimantan Timur', rpjmdStart: 2025, rpjmdEnd: 2029, rpjmdVision: 'Bontang kota cerdas' },
  membership: { cohortYear: 2019, mouNumber: '01/MoU/2019', mouDate: '2019-05-20' },
  masterplan: { title: 'Masterplan Smart City Bontang', startYear: 2019, endYear: 2028, perkadaNumber: 'Perwali 5/2020', perkadaDate: '2020-02-29', url: 'https://jdih.example.go.id/mp' },
  council: { decreeNumber: 'SK 100/12/2019', decreeDate: '2019-07-01', chair: 'Wali Kota', members: [{ name: 'Universitas Mulawarman', group: 'academia' }] },
  commitments: [{ signatory: 'Wali Kota Bontang', office: 'Wali Kota', date: '2019-05-20', document: 'Pakta komitmen' }],
  quickWins: [
    { name: 'Super app warga', elementId: 'governance', ownerOpd: 'Diskominfo', launchDate: '2019-11-01', status: 'completed', evidence: 'https://example.go.id/app', impact: '10.000 pengguna' },
    { name: 'Sistem informasi RDTR', elementId: 'living', status: 'ongoing' },
    { name: 'Kampung Masdarling', elementId: 'environment', status: 'planned' },
  ],
  programmes: [
    { name: 'Satu Data', elementId: 'governance', horizon: 'short', ownerOpd: 'Diskominfo', startYear: 2025, endYear: 2026, budget: 850_000_000, fundingSources: ['apbd', 'csr'], status: 'completed', realisation: 100 },
    { name: 'Integrasi MPP', elementId: 'governance', horizon: 'medium', ownerOpd: 'DPMPTSP', startYear: 2026, endYear: 2028, status: 'ongoing', realisation: 30 },
    { name: 'Sensor banjir', elementId: 'environment', horizon: 'medium', status: 'planned' },
  ],
};

const withRecord = (programmeRecord: unknown, code = '64.74'): unknown => ({
  frameworkId: 'gm100', frameworkVersion: '1.0.0', region: { name: 'Kota Bontang', code }, period: '2026', answers: {}, programmeRecord,
});

const issuesOf = (input: unknown, lang: 'id' | 'en' = 'en') => {
  const result = safeParseAssessment(defaultFramework, input, { lang });
  return result.success ? [] : result.error.issues.map((i) => ({ where: i.where, code: i.code, message: i.message }));
};

describe('The programme record: schema and rules', () => {
  it('accepts a full record and keeps assessments without one valid', () => {
    assert.deepEqual(issuesOf(withRecord(record)), []);
    assert.deepEqual(issuesOf(withRecord(undefined)), []);
  });

  it('names where a rule is broken, in Indonesian and English', () => {
    const bad = {
      profile: { kind: 'provinsi', rpjmdStart: 2029, rpjmdEnd: 2025 },
      membership: { mouDate: '2023-02-29' },
      masterplan: { startYear: 2020, endYear: 2024 },
      quickWins: [{ name: 'Aplikasi', elementId: 'tourism' }],
      programmes: [{ name: 'Satu Data', elementId: 'governance', startYear: 2023, endYear: 2025, status: 'completed', realisation: 80 }],
    };
    const issues = issuesOf(withRecord(bad));
    // Not a calendar date: zod stops at the field, the cross-field rules come after a clean parse.
    assert.deepEqual(issues.map((i) => [i.where, i.code]), [['programmeRecord.membership.mouDate', 'calendar_date']]);
    const { membership: _dateFixed, ...rest } = bad;
    const rules = issuesOf(withRecord(rest));
    assert.deepEqual(rules.map((i) => [i.where, i.code]), [
      ['region.code', 'region_code_kind'], // a province has a two-digit code, 64.74 is a city
      ['programmeRecord.profile.rpjmdEnd', 'years_order'],
      ['programmeRecord.quickWins[0].elementId', 'record_unknown_element'],
      ['programmeRecord.programmes[0].endYear', 'outside_masterplan'], // 2025 > 2024
      ['programmeRecord.programmes[0].realisation', 'completed_not_realised'],
    ]);
    assert.match(rules[2]?.message ?? '', /"tourism" does not exist/);
    const id = issuesOf(withRecord(rest), 'id');
    assert.match(id[1]?.message ?? '', /Tahun akhir 2025 tidak boleh sebelum tahun awal 2029/);
    assert.match(id[3]?.message ?? '', /Tahun 2025 berada di luar periode masterplan 2020–2024/);
  });

  it('refuses a year that is not whole and an unsafe link', () => {
    const issues = issuesOf(withRecord({ programmes: [{ name: 'X', startYear: 2025.5 }], masterplan: { url: 'javascript:alert(1)' } }));
    assert.deepEqual(issues.map((i) => [i.where, i.code]).sort(), [['programmeRecord.masterplan.url', 'evidence_url'], ['programmeRecord.programmes[0].startYear', 'year']]);
  });

  it('is part of the assessment JSON Schema', () => {
    const schema = assessmentJsonSchema() as { properties: Record<string, { properties?: Record<string, unknown> }> };
    const part = schema.properties.programmeRecord;
    assert.ok(part, 'programmeRecord is described');
    assert.deepEqual(Object.keys(part.properties ?? {}).sort(), ['commitments', 'council', 'masterplan', 'membership', 'profile', 'programmes', 'quickWins', 'team']);
  });

  it('round-trips through JSON', () => {
    const a = parseAssessment(defaultFramework, withRecord(record));
    assert.deepEqual(parseAssessment(defaultFramework, JSON.parse(JSON.stringify(a))).programmeRecord, record);
  });

  it('recovers a draft row by row, setting an invalid row aside with its path', () => {
    const draft = withRecord({ ...record, quickWins: [{ name: '' }, ...(record.quickWins ?? [])], council: { members: 'none' } });
    const recovered = recoverAssessment(defaultFramework, draft, { lang: 'en' });
    assert.ok(recovered);
    assert.deepEqual(recovered.assessment.programmeRecord?.quickWins, record.quickWins);
    assert.equal(recovered.assessment.programmeRecord?.council, undefined);
    assert.deepEqual(recovered.orphans.map((o) => o.indicatorId), ['programmeRecord.council', 'programmeRecord.quickWins[0]']);
    assert.deepEqual(recovered.orphans[1]?.answer, { name: '' });
  });
});

describe('The programme record: realisation and status', () => {
  it('sums the quick-win register as evaluations report it', () => {
    const summary = quickWinSummary(record);
    // completed 1 + ongoing 1 = 2 launched, of 3
    assert.deepEqual(summary, { total: 3, realised: 2, byStatus: { planned: 1, ongoing: 1, completed: 1, stopped: 0, unknown: 0 } });
    assert.equal(realisedText(summary, 'quickWin', 'id'), '2 dari 3 quick win berjalan');
    assert.equal(realisedText({ realised: 9, total: 9 }, 'programme', 'id'), '9 dari 9 program terlaksana');
  });

  it('gives programme realisation per element', () => {
    const rows = programmeRealisation(defaultFramework, record);
    const governance = rows.find((r) => r.elementId === 'governance');
    // Satu Data 100 %, Integrasi MPP 30 %: (100 + 30) / 2 = 65
    assert.deepEqual({ ...governance, name: undefined }, { elementId: 'governance', name: undefined, total: 2, realised: 2, completed: 1, realisation: 65 });
    // a planned programme without a figure counts 0 %
    assert.deepEqual(rows.find((r) => r.elementId === 'environment')?.realisation, 0);
    assert.equal(rows.find((r) => r.elementId === 'branding')?.total, 0);
  });
});

describe('The programme record: Markdown and CSV', () => {
  it('writes the record as Markdown with user text escaped', () => {
    const a = parseAssessment(defaultFramework, withRecord({ ...record, quickWins: [{ name: '<script>x</script> | *bold*', status: 'ongoing' }] }));
    const md = programmeRecordMarkdown(defaultFramework, a, { lang: 'id' });
    assert.match(md, /^# Rekam Program Smart City: Kota Bontang$/m);
    assert.match(md, /- Periode RPJMD: 2025–2029/);
    assert.match(md, /\| &lt;script&gt;x&lt;\/script&gt; \\\| \\\*bold\\\* \|/);
    assert.doesNotMatch(md, /<script>/);
    assert.match(md, /1 dari 1 quick win berjalan/);
    assert.match(md, /- Smart Governance: 2 dari 2 program terlaksana \(realisasi 65%\)/);
  });

  it('round-trips both registers through CSV, in either language, neutralising formulas', () => {
    const tricky: ProgrammeRecord = { ...record, programmes: [...(record.programmes ?? []), { name: '=HYPERLINK("x")', budget: 1_500_000 }] };
    for (const lang of ['id', 'en'] as const) {
      const csv = programmesToCsv(tricky, { lang });
      assert.ok(csv.startsWith('\uFEFF'));
      assert.match(csv, /'=HYPERLINK/);
      assert.deepEqual(csvToProgrammes(defaultFramework, csv, { lang }), tricky.programmes);
      assert.deepEqual(csvToQuickWins(defaultFramework, quickWinsToCsv(record, { lang }), { lang }), record.quickWins);
    }
    assert.deepEqual(programmeRegisterRows(record, { lang: 'id' })[1], ['Satu Data', 'governance', 'Jangka pendek', 'Diskominfo', 2025, 2026, 850000000, 'APBD, CSR', 'Selesai', 100]);
    assert.deepEqual(quickWinRegisterRows(record, { lang: 'en' })[0], ['quick_win', 'element', 'owner_opd', 'launch_date', 'status', 'evidence', 'impact']);
  });

  it('reads Indonesian spreadsheet numbers and reports bad cells by row and column', () => {
    const csv = 'nama_program,elemen,anggaran_rupiah,status,realisasi_persen\r\nA,governance,1.500.000.000,Berjalan,"12,5"\r\nB,tourism,x,done,\r\n';
    assert.throws(() => csvToProgrammes(defaultFramework, csv, { lang: 'en' }), (error: unknown) => {
      assert.ok(error instanceof ValidationError);
      assert.deepEqual(error.issues.map((i) => i.where), ['row 3, column anggaran_rupiah', 'row 3, column status', 'row 3, column elemen']);
      return true;
    });
    const ok = csvToProgrammes(defaultFramework, csv.split('\r\n').slice(0, 2).join('\r\n'), { lang: 'en' });
    assert.deepEqual(ok, [{ name: 'A', elementId: 'governance', budget: 1_500_000_000, status: 'ongoing', realisation: 12.5 }]);
  });
});

describe('The programme record in planning', () => {
  const answers: Assessment['answers'] = { 'governance.service.mpp': { level: 2 }, 'living.harmony.rdtr': { level: 1 } };

  it('starts the roadmap from the registered programmes; recommendations fill the gaps', () => {
    const a = parseAssessment(defaultFramework, { ...(withRecord(record) as Assessment), answers });
    const plan = roadmap(defaultFramework, a);
    assert.deepEqual(plan.registeredQuickWins.map((q) => q.name), ['Super app warga', 'Sistem informasi RDTR', 'Kampung Masdarling']);
    // governance and living have registered quick wins: none is recommended there
    assert.ok(plan.quickWins.every((r) => r.elementId !== 'governance' && r.elementId !== 'living'));
    const governance = plan.elements.find((e) => e.id === 'governance');
    assert.deepEqual(governance?.registered.map((p) => p.name), ['Satu Data', 'Integrasi MPP']);
    const md = roadmapMarkdown(plan, { lang: 'id' });
    const section = md.slice(md.indexOf('## Smart Governance'));
    const medium = section.slice(section.indexOf('### Program jangka menengah'));
    // the registered programme comes first in its horizon, marked, with its OPD and years
    assert.match(medium.split('\n')[2] ?? '', /^- \*\*Integrasi MPP\*\* \(terdaftar; DPMPTSP; 2026–2028; Berjalan; realisasi 30%\)$/);
  });

  it('reports programme progress between two periods', () => {
    const before = parseAssessment(defaultFramework, { ...(withRecord({ programmes: [{ name: 'Satu Data', elementId: 'governance', status: 'ongoing', realisation: 40 }], quickWins: [{ name: 'Super app warga', status: 'planned' }] }) as Assessment), period: '2025' });
    const now = parseAssessment(defaultFramework, withRecord(record));
    const progress = compareAssessments(defaultFramework, before, now).programmes;
    // Satu Data 40 % → 100 %: +60 points; Integrasi MPP is new
    assert.deepEqual(progress.find((p) => p.name === 'Satu Data'), {
      kind: 'programme', name: 'Satu Data', elementId: 'governance', previousStatus: 'ongoing', currentStatus: 'completed', previousRealisation: 40, currentRealisation: 100, delta: 60,
    });
    assert.equal(progress.find((p) => p.name === 'Integrasi MPP')?.previousStatus, null);
    // a quick win from planned (0) to completed (100)
    assert.equal(progress.find((p) => p.kind === 'quickWin' && p.name === 'Super app warga')?.delta, 100);
  });
});
