// Writes the sample assessments under docs/examples/ (fictional regions, made-up answers):
// one region in two periods for the demo's comparison, and five regions of 2026 for the
// benchmark. Deterministic: a seeded generator, so re-running changes nothing.
import { writeFileSync } from 'node:fs';
import { defaultFramework, parseAssessment, walkIndicators, type Answer, type Assessment, type Stakeholder } from '../src/index.js';
import { random as seeded } from '../bench/generate.js';
import { kotaContohRecord2025, kotaContohRecord2026 } from './sample-programme-record.js';

const partners: Stakeholder[] = ['academia', 'business', 'community', 'media'];

function sample(name: string, code: string, period: string, base: Record<string, number>, seed: number, missing = 0): Assessment {
  const random = seeded(seed);
  const answers: Record<string, Answer> = {};
  for (const { indicator } of walkIndicators(defaultFramework)) {
    if (random() < missing) continue;
    const group = indicator.id.split('.')[0] ?? '';
    const level = Math.max(1, Math.min(5, Math.round((base[group] ?? 2) + (random() - 0.5) * 2)));
    const answer: Answer = { level, stakeholders: ['government', ...partners.filter(() => random() < 0.3)], updatedAt: `${period}-03-${String(1 + Math.floor(random() * 27)).padStart(2, '0')}T08:00:00.000Z` };
    if (level >= (indicator.evidenceFrom ?? 3) && random() < 0.8) {
      answer.evidence = [{ label: `Dokumen pendukung ${indicator.id}`, url: `https://jdih.${code.replace('.', '')}.example.go.id/${indicator.id}` }];
    }
    answers[indicator.id] = answer;
  }
  answers['environment.energy.renewable'] = { notApplicable: true, note: 'Belum ada potensi energi terbarukan yang dikaji.' };
  return parseAssessment(defaultFramework, { frameworkId: 'gm100', frameworkVersion: '1.0.0', region: { name, code }, period, answers });
}

const write = (file: string, value: unknown) => writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);

const kotaContoh2025 = { governance: 2.2, branding: 1.8, economy: 2, living: 2.1, society: 1.9, environment: 1.6, structure: 2, infrastructure: 2.3, superstructure: 1.8 };
const kotaContoh2026 = { governance: 3.1, branding: 2.4, economy: 2.6, living: 2.7, society: 2.5, environment: 2.1, structure: 2.6, infrastructure: 3, superstructure: 2.9 };
// Kota Contoh also keeps its programme record, so the demo shows realisation and progress.
const withRecord = (a: Assessment, programmeRecord: Assessment['programmeRecord']) => parseAssessment({ ...a, programmeRecord }, defaultFramework);
write('docs/examples/kota-contoh-2025.json', withRecord(sample('Kota Contoh', '99.71', '2025', kotaContoh2025, 11), kotaContohRecord2025));
write('docs/examples/kota-contoh-2026.json', withRecord(sample('Kota Contoh', '99.71', '2026', kotaContoh2026, 12), kotaContohRecord2026));

const peers: [string, string, Record<string, number>, number][] = [
  ['Kota Contoh', '99.71', kotaContoh2026, 12],
  ['Kabupaten Sukamaju', '99.01', { governance: 2.4, branding: 3, economy: 2.2, living: 2, society: 2.3, environment: 2.8, structure: 2.2, infrastructure: 2, superstructure: 2.5 }, 21],
  ['Kota Tepian', '99.72', { governance: 3.6, branding: 3.2, economy: 3.4, living: 3.1, society: 3, environment: 2.6, structure: 3.2, infrastructure: 3.5, superstructure: 3.3 }, 31],
  ['Kabupaten Lembah Hijau', '99.02', { governance: 1.8, branding: 2.1, economy: 1.9, living: 1.7, society: 2, environment: 3.1, structure: 1.8, infrastructure: 1.6, superstructure: 2 }, 41],
  ['Kota Pesisir', '99.73', { governance: 2.9, branding: 3.5, economy: 3, living: 2.4, society: 2.6, environment: 2.2, structure: 2.5, infrastructure: 2.8, superstructure: 2.4 }, 51],
];
for (const [name, code, base, seed] of peers) {
  write(`docs/examples/regions/${name.toLowerCase().replace(/\s+/g, '-')}-2026.json`, sample(name, code, '2026', base, seed, name === 'Kabupaten Lembah Hijau' ? 0.15 : 0));
}
console.log('docs/examples: samples written');
