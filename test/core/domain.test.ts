// Domain fidelity of the built-in gm100 framework and of the planning built on it (issue 17):
// each correction an evaluator asked for is pinned here with the text or value it must have.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import {
  defaultFramework, explain, INDEX_LABEL, parseAssessment, recommend, roadmap, scoreAssessment, walkIndicators,
  type Indicator, type LocalizedText,
} from '../../src/index.js';
import { messagesFor } from '../../widgets/internal/messages.js';

const indicators = [...walkIndicators(defaultFramework)].map((entry) => entry.indicator);
const byId = new Map(indicators.map((i) => [i.id, i]));
const get = (id: string): Indicator => {
  const found = byId.get(id);
  assert.ok(found, id);
  return found;
};
const level = (id: string, rank: number): LocalizedText => {
  const found = get(id).levels.find((l) => l.rank === rank);
  assert.ok(found, `${id} level ${rank}`);
  return found.description;
};
const levelTexts = (i: Indicator) => i.levels.map((l) => l.description.id).join(' ');
/** Every Indonesian text of an indicator: question, guidance, states and actions. */
const allTexts = (i: Indicator) => [i.question.id, i.guidance?.id ?? '', ...i.levels.flatMap((l) => [l.description.id, l.action?.id ?? ''])].join(' ');

describe('gm100: an action for every rubric step', () => {
  it('has an action in id and en for every step 1→2 … 4→5 of all 63 indicators, and none on level 1', () => {
    assert.equal(indicators.length, 63);
    const missing: string[] = [];
    for (const i of indicators) {
      for (const l of i.levels) {
        if (l.rank === 1) assert.equal(l.action, undefined, `${i.id}: level 1 has no step towards it`);
        else if (!l.action?.id.trim() || !l.action.en.trim() || l.action.id === l.action.en) missing.push(`${i.id}@${l.rank}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('never uses a state description as an action', () => {
    const states = new Set(indicators.flatMap((i) => i.levels.flatMap((l) => [l.description.id, l.description.en])));
    const clashes = indicators.flatMap((i) => i.levels.filter((l) => l.action && (states.has(l.action.id) || states.has(l.action.en))).map((l) => `${i.id}@${l.rank}`));
    assert.deepEqual(clashes, []);
  });
});

describe('gm100: facts in the indicators', () => {
  it('names the regional allowance TPP, not the central tunjangan kinerja', () => {
    assert.match(level('governance.bureaucracy.hr', 3).id, /Tambahan Penghasilan Pegawai \(TPP\)/);
    assert.ok(!indicators.some((i) => /tunjangan kinerja/i.test(allTexts(i))));
  });

  it('does not call Dukcapil or BPJS an instansi vertikal, nor OSS an agency', () => {
    for (const i of indicators) assert.doesNotMatch(allTexts(i), /instansi vertikal \([^)]*(Dukcapil|BPJS|OSS)/, i.id);
    assert.match(get('governance.service.mpp').guidance!.id, /OPD \(DPMPTSP, Disdukcapil\).*\(BPJS/);
    assert.match(level('governance.service.mpp', 4).id, /sistem nasional \(OSS, SIAK Terpusat\)/);
  });

  it('has a kabupaten/kota align with the provincial RUED-P, not adopt its own RUED', () => {
    assert.match(level('environment.energy.renewable', 3).id, /selaras dengan RUED-P/);
    assert.ok(!indicators.some((i) => /Rencana Umum Energi Daerah \(RUED\)/.test(allTexts(i))));
  });

  it('reports the region\'s own DIKPLHD, leaving the IKLH to the ministry', () => {
    assert.match(level('environment.protection.quality', 3).id, /DIKPLHD disusun setiap tahun/);
    assert.ok(!indicators.some((i) => /IKLH/.test(levelTexts(i))), 'no level claims the region computes the IKLH');
  });

  it('measures digital literacy with the region\'s own survey (the national index is per province)', () => {
    const literacy = get('society.community.literacy');
    assert.match(literacy.guidance!.id, /per provinsi/);
    assert.match(level('society.community.literacy', 5).id, /survei daerah/);
    assert.doesNotMatch(levelTexts(literacy), /Indeks literasi digital daerah/i);
  });

  it('treats the water utility as a Perumda Air Minum (BUMD), not an OPD, with a realistic top level', () => {
    assert.ok(!indicators.some((i) => i.owner === 'PDAM' || /\bPDAM\b/.test(allTexts(i))));
    assert.equal(get('living.harmony.water').owner, 'Dinas PUPR');
    assert.match(get('living.harmony.water').guidance!.id, /Perumda Air Minum \(BUMD\)/);
    assert.match(level('living.harmony.water', 5).id, /layak dan aman mencapai target RPJMD/);
    assert.ok(!indicators.some((i) => /mendekati universal/.test(allTexts(i))));
  });

  it('starts the SIPD indicator at SIPD in use (it is compulsory)', () => {
    assert.match(level('governance.bureaucracy.planning', 1).id, /^SIPD diisi sebatas kewajiban/);
  });

  it('separates regions above the ETPD "Digital" category by channel coverage and cashless share', () => {
    assert.match(level('economy.transaction.etpd', 3).id, /Indeks ETPD berkategori Digital/);
    assert.match(level('economy.transaction.etpd', 4).id, /Seluruh jenis pajak dan retribusi daerah/);
    assert.match(level('economy.transaction.etpd', 5).id, /Porsi penerimaan nontunai mencapai target/);
  });

  it('keeps every level reachable whatever the source of funds (no KPBU or CSR condition)', () => {
    for (const i of indicators) assert.doesNotMatch(levelTexts(i), /KPBU|CSR/, i.id);
  });

  it('puts the masterplan\'s Perkada and its place in the RPJMD on different levels', () => {
    assert.match(level('superstructure.regulation', 3).id, /Perkada/);
    assert.doesNotMatch(level('superstructure.regulation', 3).id, /RPJMD/);
    assert.match(level('superstructure.regulation', 4).id, /masuk RPJMD/);
  });

  it('has level-5 statements that evidence can show', () => {
    for (const i of indicators) {
      assert.doesNotMatch(level(i.id, 5).id, /ekspor|mandiri secara pendanaan|mendekati universal|menjadi kebiasaan|dikenal luas/, i.id);
    }
  });

  it('scores each practice in exactly one indicator', () => {
    // practice → the one indicator whose level descriptions may name it
    const practices: [string, RegExp, string][] = [
      ['e-katalog lokal', /e-katalog/i, 'economy.industry.localprocurement'],
      ['pendampingan UMKM go digital', /UMKM go digital|UMKM binaan/, 'economy.industry.msmedigital'],
      ['bursa kerja dan penempatan', /bursa kerja/i, 'economy.welfare.jobs'],
      ['pelatihan keterampilan dan vokasi', /pelatihan (tahunan|keterampilan)|BLK/, 'society.learning.skills'],
      ['SP4N-LAPOR! dan sistem pengaduan', /LAPOR!|kanal pengaduan/, 'governance.service.complaint'],
      ['SDM TIK dan jabatan fungsional TIK', /jabatan fungsional TIK|penanggung jawab TIK/, 'structure.people'],
      ['manajemen ASN dan e-kinerja', /e-kinerja|sistem merit/i, 'governance.bureaucracy.hr'],
      ['Wi-Fi publik', /Wi-Fi/, 'society.community.access'],
      ['command center', /command center/i, 'governance.policy.commandcenter'],
      ['pusat pemantauan CCTV', /pusat pemantauan/, 'society.security.cctv'],
      ['pajak dan retribusi nontunai ke kas daerah', /kas daerah/, 'economy.transaction.etpd'],
      ['QRIS', /QRIS/, 'economy.transaction.qris'],
      ['interoperabilitas (SPLP)', /SPLP|interoperabilitas/i, 'infrastructure.datacenter'],
      ['Satu Data', /Satu Data/, 'governance.policy.onedata'],
      ['mitra dalam Dewan Smart City', /Mitra duduk/, 'structure.partnership'],
      ['penandaan anggaran smart city', /RKPD/, 'structure.budget'],
    ];
    const found = practices.map(([name, pattern]) => [name, indicators.filter((i) => pattern.test(levelTexts(i))).map((i) => i.id)]);
    assert.deepEqual(found, practices.map(([name, , id]) => [name, [id]]));
  });

  it('asks for bukti dukung from level 2 on every indicator', () => {
    for (const i of indicators) assert.equal(i.evidenceFrom, 2, i.id);
  });

  it('counts physical infrastructure in readiness, not only digital and social', () => {
    const infrastructure = defaultFramework.readiness.find((a) => a.id === 'infrastructure')!;
    assert.match(infrastructure.description!.id, /^Infrastruktur fisik, digital/);
    assert.match(get('infrastructure.network').question.id, /infrastruktur fisik dan jaringan/);
  });
});

describe('gm100: formal administrative Bahasa Indonesia', () => {
  it('writes "berdasarkan", "memiliki" and KBBI spellings; Indonesian terms where they exist', () => {
    const problems: string[] = [];
    const rules: [RegExp, string][] = [
      [/\bdari (data|hasil)\b/, 'berdasarkan'], [/\bpunya\b/, 'memiliki'], [/non-perizinan/, 'nonperizinan'],
      [/pasca-/, 'pascakejadian'], [/offtaker/i, 'pembeli siaga'], [/anti-hoaks/, 'antihoaks'], [/\bco-creation\b/, 'kokreasi'],
    ];
    for (const i of indicators) for (const [pattern, want] of rules) if (pattern.test(allTexts(i))) problems.push(`${i.id}: ${want}`);
    assert.deepEqual(problems, []);
  });

  it('words the UI strings the issue lists', () => {
    const id = messagesFor('id');
    assert.equal(id.review, 'Tinjau dan Kirim');
    assert.equal(id.invalidTitle, 'Data belum valid');
    assert.equal(id.frameworkInvalid, 'Kerangka penilaian tidak valid.');
    assert.match(id.submitFailed('timeout'), /server tidak merespons dalam batas waktu/);
    assert.match(id.submitFailed('offline'), /perangkat tidak terhubung ke internet/);
    const demo = readFileSync(new URL('../../demo/index.html', import.meta.url), 'utf8');
    assert.match(demo, />Sematkan di portal</);
    const assessment = parseAssessment(defaultFramework, { frameworkId: 'gm100', frameworkVersion: '1.0.0', region: { name: 'X' }, period: '2026', answers: { 'governance.service.mpp': { level: 2 } } });
    assert.match(explain(scoreAssessment(defaultFramework, assessment), 'governance')!.text, /^Rata-rata tertimbang aritmetik/);
  });
});

describe('sample regions: recommendations are programmes, not states', () => {
  const dir = new URL('../../docs/examples/', import.meta.url);
  const files = [
    ...readdirSync(dir).filter((f) => /^kota-contoh-\d{4}\.json$/.test(f)).map((f) => new URL(f, dir)),
    ...readdirSync(new URL('regions/', dir)).map((f) => new URL(`regions/${f}`, dir)),
  ];
  const states = new Set(indicators.flatMap((i) => i.levels.flatMap((l) => [l.description.id, l.description.en])));

  it('finds the seven sample files', () => assert.equal(files.length, 7));

  for (const file of files) {
    it(`${file.pathname.split('/').slice(-2).join('/')}: no step is a level description; quick wins one per element, never readiness`, () => {
      const assessment = parseAssessment(defaultFramework, readFileSync(file, 'utf8'));
      const list = recommend(defaultFramework, assessment);
      assert.ok(list.length > 0);
      for (const r of list) {
        assert.ok(!states.has(r.step.id) && !states.has(r.step.en), `${r.indicatorId}: "${r.step.id}" is a state`);
        assert.equal(r.step, get(r.indicatorId).levels.find((l) => l.rank === r.nextLevel)!.action, r.indicatorId);
      }
      const plan = roadmap(defaultFramework, assessment);
      assert.ok(plan.quickWins.length <= 6 && plan.quickWins.length > 0);
      const elements = plan.quickWins.map((r) => r.elementId);
      assert.equal(new Set(elements).size, elements.length, 'one quick win per element');
      assert.ok(!elements.includes('readiness'));
      assert.ok(plan.readinessPlan.every((r) => r.elementId === 'readiness'));
    });
  }
});

describe('the index is labelled a self-assessment', () => {
  it('has one label in both languages, used by the widgets\' catalogue', () => {
    assert.deepEqual(INDEX_LABEL, { id: 'Indeks swanilai', en: 'Self-assessment index' });
    assert.equal(messagesFor('id').index, INDEX_LABEL.id);
    assert.match(messagesFor('id').indexNote, /PermenPANRB 59\/2020.*bukan hasil Evaluasi Smart City oleh Komdigi/);
  });
});

describe('docs/framework.md', () => {
  const doc = readFileSync(new URL('../../docs/framework.md', import.meta.url), 'utf8');
  it('names Komdigi since 21 October 2024, marks the ministry example illustrative, and says what is our own design', () => {
    assert.match(doc, /\(\*\*Komdigi\*\*\) since 21 October 2024/);
    assert.match(doc, /is\s+\*\*illustrative\*\*/);
    assert.match(doc, /### Our own design/);
    assert.match(doc, /Indeks swanilai/);
  });
  it('lists every source with a date', () => {
    const table = doc.slice(doc.indexOf('### Sources'));
    const rows = table.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| fact') && !line.startsWith('|---'));
    assert.ok(rows.length >= 15);
    for (const row of rows) assert.match(row, /(19|20)\d\d/, row);
  });
});
