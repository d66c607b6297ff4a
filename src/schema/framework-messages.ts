import type { Message } from './messages.js';

/**
 * The messages of a framework's own rules, in Bahasa Indonesia and English: only a page's or a
 * file's framework is checked (the built-in one is tested), so they travel with those checks,
 * not with every page that loads the widgets. `checkFrameworkRules` adds them to `message`.
 */
export const frameworkMessages = {
  duplicate_id: {
    id: (p) => `ID "${p.id}" sudah dipakai di ${p.first}; setiap ID dalam kerangka harus unik.`,
    en: (p) => `The id "${p.id}" is already used at ${p.first}; every id in a framework must be unique.`,
  },
  level_ranks_not_ascending: {
    id: (p) => `Peringkat level harus naik: ${p.rank} tidak lebih besar dari ${p.previous}.`,
    en: (p) => `Level ranks must ascend: ${p.rank} is not greater than ${p.previous}.`,
  },
  indicator_levels_missing: {
    id: (p) => `Tidak ada deskripsi untuk level ${p.ranks}; setiap level skala perlu satu deskripsi.`,
    en: (p) => `No description for level ${p.ranks}; every level of the scale needs one.`,
  },
  indicator_level_unknown: {
    id: (p) => `Level ${p.rank} tidak ada dalam skala (${p.scale}).`,
    en: (p) => `Level ${p.rank} is not on the scale (${p.scale}).`,
  },
  indicator_level_duplicate: {
    id: (p) => `Level ${p.rank} dideskripsikan lebih dari sekali.`,
    en: (p) => `Level ${p.rank} is described more than once.`,
  },
  band_empty: {
    id: (p) => `Rentang predikat kosong: dari ${p.from} sampai ${p.to}.`,
    en: (p) => `The band is empty: from ${p.from} to ${p.to}.`,
  },
  bands_gap: {
    id: (p) => `Ada celah antara rentang predikat: ${p.from} sampai ${p.to} tidak tercakup.`,
    en: (p) => `The bands leave a gap: ${p.from} to ${p.to} is not covered.`,
  },
  bands_overlap: {
    id: (p) => `Rentang predikat tumpang tindih antara ${p.from} dan ${p.to}.`,
    en: (p) => `The bands overlap between ${p.from} and ${p.to}.`,
  },
  bands_not_covering: {
    id: (p) => `Rentang predikat harus mencakup seluruh skala ${p.min}–${p.max}.`,
    en: (p) => `The bands must cover the whole scale ${p.min}–${p.max}.`,
  },
  unknown_principle: {
    id: (p) => `Prinsip "${p.id}" tidak dideklarasikan dalam kerangka (tersedia: ${p.known}).`,
    en: (p) => `The principle "${p.id}" is not declared in the framework (known: ${p.known}).`,
  },
  unknown_facet: {
    id: (p) => `Faset "${p.id}" tidak dideklarasikan dalam kerangka.`,
    en: (p) => `The facet "${p.id}" is not declared in the framework.`,
  },
  unknown_facet_value: {
    id: (p) => `Nilai "${p.value}" tidak ada dalam faset "${p.facet}" (tersedia: ${p.known}).`,
    en: (p) => `The value "${p.value}" does not exist in facet "${p.facet}" (known: ${p.known}).`,
  },
  missing_facet_value: {
    id: (p) => `Indeks dihitung dari faset "${p.facet}", tetapi indikator ini tidak punya nilai untuk faset itu.`,
    en: (p) => `The index rolls up facet "${p.facet}", but this indicator has no value for it.`,
  },
  index_facet_required: {
    id: () => 'Untuk rollup "facet", sebutkan faset yang dipakai (index.facet).',
    en: () => 'A "facet" rollup must name the facet it uses (index.facet).',
  },
  replaces_self: {
    id: (p) => `Indikator "${p.id}" tidak dapat menggantikan dirinya sendiri.`,
    en: (p) => `The indicator "${p.id}" cannot replace itself.`,
  },
  replaces_current_id: {
    id: (p) => `"${p.id}" masih dipakai dalam kerangka ini (${p.where}); replaces hanya memuat ID lama yang sudah tidak ada.`,
    en: (p) => `"${p.id}" is still in use in this framework (${p.where}); replaces lists only old ids that no longer exist.`,
  },
  replaces_claimed_twice: {
    id: (p) => `ID lama "${p.id}" sudah digantikan oleh indikator di ${p.first}; satu ID lama hanya boleh digantikan satu indikator.`,
    en: (p) => `The old id "${p.id}" is already replaced by the indicator at ${p.first}; an old id can be replaced by one indicator only.`,
  },
  too_many_indicators: {
    id: (p) => `Kerangka memuat ${p.count} indikator; batasnya ${p.limit}.`,
    en: (p) => `The framework holds ${p.count} indicators; the limit is ${p.limit}.`,
  },
} satisfies Record<string, Message>;
