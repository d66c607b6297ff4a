import type { Lang } from './localized.js';

import type { frameworkMessages } from './framework-messages.js';
import type { targetsMessages } from '../planning/targets-messages.js';

type Params = Record<string, string | number>;
export type Message = Record<Lang, (p: Params) => string>;

/**
 * Validation messages our own rules produce, in Bahasa Indonesia and English: those of an
 * assessment, loaded with the widgets. The checks of a framework and of targets, loaded on
 * demand, bring theirs (`addMessages`).
 */
const catalogue = {
  invalid_json: {
    id: (p) => `Berkas bukan JSON yang valid: ${p.detail}`,
    en: (p) => `The file is not valid JSON: ${p.detail}`,
  },
  too_large: {
    id: (p) =>
      p.what === 'depth' ? `Data bersarang terlalu dalam; batasnya ${p.limit} tingkat.`
      : p.what === 'items' ? `Terlalu banyak butir di sini; batasnya ${p.limit} butir.`
      : p.what === 'nodes' ? `Data terlalu besar; batasnya ${p.limit} nilai.`
      : `Data terlalu besar: ${p.size} karakter melebihi batas ${p.limit} karakter.`,
    en: (p) =>
      p.what === 'depth' ? `The data is nested too deeply; the limit is ${p.limit} levels.`
      : p.what === 'items' ? `Too many items here; the limit is ${p.limit}.`
      : p.what === 'nodes' ? `The data is too large; the limit is ${p.limit} values.`
      : `The data is too large: ${p.size} characters exceed the limit of ${p.limit}.`,
  },
  node_id: {
    id: () => 'ID hanya boleh berisi huruf kecil, angka, dan pemisah . - _ (contoh: governance.service).',
    en: () => 'An id may only hold lower-case letters, digits and the separators . - _ (e.g. governance.service).',
  },
  evidence_url: {
    id: () => 'Tautan bukti dukung harus diawali http://, https:// atau mailto:.',
    en: () => 'An evidence link must start with http://, https:// or mailto:.',
  },
  region_code: {
    id: () => 'Kode wilayah Kemendagri berbentuk angka bertitik, mis. 64.74.',
    en: () => 'A Kemendagri region code is dotted digits, e.g. 64.74.',
  },
  framework_mismatch: {
    id: (p) => `Penilaian ini untuk kerangka ${p.actual}, bukan ${p.expected}.`,
    en: (p) => `This assessment is for framework ${p.actual}, not ${p.expected}.`,
  },
  unknown_indicator: {
    id: (p) => `Indikator "${p.id}" tidak ada dalam kerangka ${p.framework}.`,
    en: (p) => `The indicator "${p.id}" does not exist in framework ${p.framework}.`,
  },
  level_not_in_scale: {
    id: (p) => `Level ${p.level} tidak ada dalam skala (${p.scale}).`,
    en: (p) => `Level ${p.level} is not on the scale (${p.scale}).`,
  },
  level_and_not_applicable: {
    id: () => 'Level dan "tidak berlaku" tidak boleh dipilih sekaligus.',
    en: () => 'A level and "not applicable" cannot both be chosen.',
  },
  calendar_date: {
    id: () => 'Tanggal harus berbentuk TTTT-BB-HH dan ada di kalender, mis. 2024-02-29.',
    en: () => 'A date is YYYY-MM-DD and must exist in the calendar, e.g. 2024-02-29.',
  },
  year: {
    id: () => 'Tahun harus bilangan bulat antara 1945 dan 2100.',
    en: () => 'A year is a whole number between 1945 and 2100.',
  },
  record_unknown_element: {
    id: (p) => `Elemen "${p.id}" tidak ada dalam kerangka (tersedia: ${p.known}).`,
    en: (p) => `The element "${p.id}" does not exist in the framework (known: ${p.known}).`,
  },
  years_order: {
    id: (p) => `Tahun akhir ${p.to} tidak boleh sebelum tahun awal ${p.from}.`,
    en: (p) => `The end year ${p.to} cannot come before the start year ${p.from}.`,
  },
  outside_masterplan: {
    id: (p) => `Tahun ${p.year} berada di luar periode masterplan ${p.from}–${p.to}.`,
    en: (p) => `The year ${p.year} lies outside the masterplan's period ${p.from}–${p.to}.`,
  },
  completed_not_realised: {
    id: (p) => `Program berstatus selesai, tetapi realisasinya ${p.realisation}%; program selesai terealisasi 100%.`,
    en: (p) => `The programme is marked completed but its realisation is ${p.realisation}%; a completed programme is 100% realised.`,
  },
  region_code_kind: {
    id: (p) => `Kode wilayah ${p.code} tidak sesuai dengan jenis daerah "${p.kind}": provinsi berkode dua angka (mis. 64), kabupaten/kota berkode dua bagian (mis. 64.74).`,
    en: (p) => `The region code ${p.code} does not fit the kind of region "${p.kind}": a province has two digits (e.g. 64), a regency or city two parts (e.g. 64.74).`,
  },
  replaced_answer_set_aside: {
    id: (p) => `Draf memuat jawaban untuk "${p.id}" dan untuk ID lamanya; jawaban "${p.kept}" yang lebih baru dipertahankan, yang lain disimpan terpisah.`,
    en: (p) => `The draft answers both "${p.id}" and its old id; the newer answer ("${p.kept}") is kept, the other is set aside.`,
  },
} satisfies Record<string, Message>;

export type MessageCode = keyof typeof catalogue | keyof typeof frameworkMessages | keyof typeof targetsMessages;

const added: Record<string, Message> = Object.create(null) as Record<string, Message>;

/** Adds the messages of checks that load on demand; each check adds its own before it reports. */
export function addMessages(messages: Record<string, Message>): void {
  Object.assign(added, messages);
}

export function isMessageCode(value: string): value is MessageCode {
  return Object.hasOwn(catalogue, value) || value in added;
}

/** The message for a code in a language. */
export function message(code: MessageCode, lang: Lang, params: Params = {}): string {
  return ((catalogue as Record<string, Message>)[code] ?? (added[code] as Message))[lang](params);
}

/** Words of the validation summary. */
export const summaryWords = {
  id: { problems: (n: number) => `${n} masalah ditemukan`, root: '(akar)' },
  en: { problems: (n: number) => `${n} problem${n === 1 ? '' : 's'} found`, root: '(root)' },
} as const;
