// Generated frameworks and assessments for the benchmarks: `elements × subs × perSub`
// indicators with five-level rubrics, and seeded random answers.
import { defaultFramework, type Answer, type Assessment, type Framework, walkIndicators } from '../src/index.js';

const t = (id: string, en: string) => ({ id, en });

export function generateFramework(elements: number, subs: number, perSub: number): Framework {
  return {
    ...defaultFramework,
    id: `bench-${elements * subs * perSub}`,
    version: '1',
    elements: Array.from({ length: elements }, (_, e) => ({
      id: `e${e + 1}`,
      name: t(`Elemen ${e + 1}`, `Element ${e + 1}`),
      subElements: Array.from({ length: subs }, (_, s) => ({
        id: `e${e + 1}.s${s + 1}`,
        name: t(`Sub-elemen ${e + 1}.${s + 1}`, `Sub-element ${e + 1}.${s + 1}`),
        indicators: Array.from({ length: perSub }, (_, i) => {
          const id = `e${e + 1}.s${s + 1}.i${i + 1}`;
          return {
            id,
            question: t(`Sejauh mana kegiatan ${id} dijalankan dan dipantau oleh perangkat daerah?`, `How far is activity ${id} carried out and monitored by the regional agencies?`),
            levels: [1, 2, 3, 4, 5].map((rank) => ({
              rank,
              description: t(`Level ${rank} untuk ${id}: uraian kondisi yang cukup panjang seperti rubrik sebenarnya.`, `Level ${rank} for ${id}: a description about as long as a real rubric's.`),
            })),
            principles: [['integration'], ['collaboration'], ['sustainability']][i % 3] ?? [],
            evidenceFrom: 3,
          };
        }),
      })),
    })),
    readiness: [],
  };
}

/** A seeded generator (mulberry32): the same runs every time. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = s;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateAssessments(framework: Framework, count: number, seed = 1): Assessment[] {
  const next = random(seed);
  const ids = [...walkIndicators(framework)].map((w) => w.indicator.id);
  return Array.from({ length: count }, (_, n) => {
    const answers: Record<string, Answer> = {};
    for (const id of ids) {
      const roll = next();
      if (roll < 0.03) answers[id] = { notApplicable: true };
      else answers[id] = { level: 1 + Math.floor(next() * 5), ...(roll > 0.5 ? { evidence: [{ label: 'Dokumen' }] } : {}), stakeholders: ['government'] };
    }
    return { frameworkId: framework.id, frameworkVersion: framework.version, region: { name: `Daerah ${n}` }, period: '2026', answers };
  });
}
