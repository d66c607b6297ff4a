import type { Lang } from './localized.js';

type Params = Record<string, string | number>;
type Message = Record<Lang, (p: Params) => string>;

/** Validation messages our own rules produce, in Bahasa Indonesia and English. */
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
    id: () => 'Jawaban tidak boleh sekaligus memilih level dan "tidak berlaku".',
    en: () => 'An answer cannot both choose a level and be "not applicable".',
  },
  verified_level_and_not_applicable: {
    id: () => 'Verifikasi tidak boleh sekaligus menetapkan level dan "tidak berlaku".',
    en: () => 'A verification cannot both set a level and be "not applicable".',
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
  targets_not_object: {
    id: () => 'Target harus berupa objek: ID elemen, subelemen, aspek atau indikator → level.',
    en: () => 'Targets must be an object: element, sub-element, aspect or indicator id → level.',
  },
  unknown_target_id: {
    id: (p) => `"${p.id}" bukan elemen, subelemen, aspek atau indikator kerangka ini.`,
    en: (p) => `"${p.id}" is not an element, sub-element, aspect or indicator of this framework.`,
  },
  replaced_answer_set_aside: {
    id: (p) => `Draf memuat jawaban untuk "${p.id}" dan untuk ID lamanya; jawaban "${p.kept}" yang lebih baru dipertahankan, yang lain disimpan terpisah.`,
    en: (p) => `The draft answers both "${p.id}" and its old id; the newer answer ("${p.kept}") is kept, the other is set aside.`,
  },
  too_many_indicators: {
    id: (p) => `Kerangka memuat ${p.count} indikator; batasnya ${p.limit}.`,
    en: (p) => `The framework holds ${p.count} indicators; the limit is ${p.limit}.`,
  },
} satisfies Record<string, Message>;

export type MessageCode = keyof typeof catalogue;

export function isMessageCode(value: string): value is MessageCode {
  return Object.hasOwn(catalogue, value);
}

/** The message for a code in a language. */
export function message(code: MessageCode, lang: Lang, params: Params = {}): string {
  return catalogue[code][lang](params);
}

/** Words of the validation summary. */
export const summaryWords = {
  id: { problems: (n: number) => `${n} masalah ditemukan`, root: '(akar)' },
  en: { problems: (n: number) => `${n} problem${n === 1 ? '' : 's'} found`, root: '(root)' },
} as const;
