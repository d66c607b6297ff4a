import type { Lang } from '../schema/localized.js';
import type { ScoreWarning } from './report.js';

type Params = Record<string, string | number>;

const warningText: Record<ScoreWarning['code'], Record<Lang, (p: Params) => string>> = {
  evidence_missing: {
    id: (p) => `Level ${p.level} diklaim tanpa bukti dukung (wajib mulai level ${p.from})${p.capped ? `; dihitung sebagai level ${p.capped}` : ''}.`,
    en: (p) => `Level ${p.level} is claimed without supporting evidence (required from level ${p.from})${p.capped ? `; counted as level ${p.capped}` : ''}.`,
  },
  element_unanswered: {
    id: (p) => `Belum ada indikator yang dijawab pada ${p.name}.`,
    en: (p) => `No indicator of ${p.name} has been answered.`,
  },
  readiness_unanswered: {
    id: () => 'Belum ada indikator kesiapan daerah yang dijawab.',
    en: () => 'No readiness indicator has been answered.',
  },
  facet_value_unanswered: {
    id: (p) => `Belum ada indikator ${p.name} yang dijawab; indeks dihitung tanpa bobotnya.`,
    en: (p) => `No indicator of ${p.name} has been answered; the index leaves its weight out.`,
  },
  government_only: {
    id: () => 'Hanya pemerintah yang tercatat terlibat; libatkan akademisi, dunia usaha, komunitas, dan media (pentaheliks).',
    en: () => 'Only government is recorded as taking part; involve academia, business, communities and media (the pentahelix).',
  },
};

export function warning(code: ScoreWarning['code'], nodeId: string, lang: Lang, params: Params = {}): ScoreWarning {
  return { code, nodeId, message: warningText[code][lang](params) };
}

const evidenceMessages = new Map<string, string>();

/**
 * The evidence warning, its text built once per wording (it repeats across reports). A caller
 * scoring many reports passes `byLevel`, a cache for one indicator, language and policy, so the
 * text is found by the level alone.
 */
export function evidenceWarning(nodeId: string, lang: Lang, level: number, from: number, capped: number | null, byLevel?: Map<number, string>): ScoreWarning {
  let message = byLevel?.get(level);
  if (message === undefined) {
    const key = `${lang}|${level}|${from}|${capped}`;
    message = evidenceMessages.get(key);
    if (message === undefined) {
      message = warningText.evidence_missing[lang]({ level, from, capped: capped ?? '' });
      evidenceMessages.set(key, message);
    }
    byLevel?.set(level, message);
  }
  return { code: 'evidence_missing', nodeId, message };
}
