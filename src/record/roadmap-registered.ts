import type { Lang } from '../schema/localized.js';
import type { Programme, QuickWin } from '../schema/programme-record.js';
import { mdText } from '../planning/markdown-text.js';
import { recordLabels } from './labels.js';

const words = {
  id: { registered: 'terdaftar', realised: 'realisasi', budget: 'anggaran Rp', unplaced: 'Program terdaftar tanpa horizon' },
  en: { registered: 'registered', realised: 'realisation', budget: 'budget Rp', unplaced: 'Registered programmes without a horizon' },
};

export const unplacedHeading = (lang: Lang): string => words[lang].unplaced;

/** A registered programme or quick win as a roadmap line: marked registered, with owner, years, budget and status. */
export function registeredLine(entry: Programme | QuickWin, lang: Lang): string {
  const w = words[lang];
  const l = recordLabels[lang];
  const p = entry as Partial<Programme> & QuickWin;
  const years = p.startYear !== undefined || p.endYear !== undefined ? [p.startYear, p.endYear].filter((y) => y !== undefined).join('–') : p.launchDate;
  const facts = [
    w.registered,
    p.ownerOpd && mdText(p.ownerOpd),
    years,
    p.budget !== undefined && `${w.budget} ${p.budget.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB')}${p.fundingSources?.length ? ` (${p.fundingSources.map((s) => l.funding[s]).join(', ')})` : ''}`,
    p.status && l.status[p.status],
    p.realisation !== undefined && `${w.realised} ${p.realisation}%`,
  ].filter(Boolean);
  return `- **${mdText(p.name)}** (${facts.join('; ')})`;
}
