import type { Framework, Indicator } from '../../src/index.js';

const t = (id: string, en = `${id} (en)`) => ({ id, en });

/** A five-level indicator with distinct descriptions, for hand-made frameworks. */
export function makeIndicator(id: string, extra: Partial<Indicator> = {}): Indicator {
  return {
    id,
    question: t(`Pertanyaan ${id}?`, `Question ${id}?`),
    levels: [1, 2, 3, 4, 5].map((rank) => ({ rank, description: t(`${id} level ${rank}`, `${id} level ${rank} (en)`) })),
    principles: [],
    ...extra,
  };
}

/**
 * A small, complete framework: `elementCount` elements, each with `subCount` sub-elements of
 * `perSub` indicators, and one readiness aspect with two indicators. Ids: `e1`, `e1.s1`, `e1.s1.i1`.
 */
export function makeFramework(elementCount = 2, subCount = 1, perSub = 2): Framework {
  return {
    id: 'test',
    version: '1',
    title: t('Kerangka uji', 'Test framework'),
    levels: [1, 2, 3, 4, 5].map((rank) => ({ rank, name: t(`Level ${rank}`, `Level ${rank} en`) })),
    bands: [
      { from: 1, to: 2.5, predicate: t('Rendah', 'Low') },
      { from: 2.5, to: 4, predicate: t('Sedang', 'Medium') },
      { from: 4, to: 5, predicate: t('Tinggi', 'High') },
    ],
    principles: [
      { id: 'integration', name: t('Integrasi', 'Integration') },
      { id: 'collaboration', name: t('Kolaborasi', 'Collaboration') },
      { id: 'sustainability', name: t('Berkelanjutan', 'Sustainability') },
    ],
    elements: Array.from({ length: elementCount }, (_, e) => ({
      id: `e${e + 1}`,
      name: t(`Elemen ${e + 1}`, `Element ${e + 1}`),
      subElements: Array.from({ length: subCount }, (_, s) => ({
        id: `e${e + 1}.s${s + 1}`,
        name: t(`Sub ${e + 1}.${s + 1}`, `Sub ${e + 1}.${s + 1} en`),
        indicators: Array.from({ length: perSub }, (_, i) => makeIndicator(`e${e + 1}.s${s + 1}.i${i + 1}`)),
      })),
    })),
    readiness: [
      { id: 'structure', name: t('Struktur', 'Structure'), indicators: [makeIndicator('r.i1'), makeIndicator('r.i2')] },
    ],
  };
}

/** A deep copy to mutate in a test without touching the original. */
export const clone = <T>(value: T): T => structuredClone(value);
