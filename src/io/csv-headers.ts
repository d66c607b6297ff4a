import type { Lang } from '../schema/localized.js';
import { INDEX_LABEL } from '../scoring/index-label.js';

/**
 * Every column header the CSV and .xlsx files use, in one place. The English names are the
 * stable machine form (snake_case, never reworded between versions): scripts should ask
 * for `--lang en` / `{ lang: 'en' }`. The Indonesian names are for people and may be reworded.
 * Import accepts either language's names.
 */

/** Columns of the answers file (`answersToCsv`, `template --format csv`). */
export const ANSWER_COLUMNS = ['region_name', 'region_code', 'period', 'indicator', 'question', 'level', 'not_applicable', 'evidence', 'note', 'stakeholders', 'answered_by', 'updated_at'] as const;
export type AnswerColumn = (typeof ANSWER_COLUMNS)[number];

export const answerHeaders: Record<Lang, Record<AnswerColumn, string>> = {
  id: {
    region_name: 'nama_daerah', region_code: 'kode_wilayah', period: 'periode', indicator: 'indikator', question: 'pertanyaan', level: 'level',
    not_applicable: 'tidak_berlaku', evidence: 'bukti_dukung', note: 'catatan', stakeholders: 'pihak_terlibat', answered_by: 'dijawab_oleh', updated_at: 'diperbarui',
  },
  en: {
    region_name: 'region_name', region_code: 'region_code', period: 'period', indicator: 'indicator', question: 'question', level: 'level',
    not_applicable: 'not_applicable', evidence: 'evidence', note: 'note', stakeholders: 'stakeholders', answered_by: 'answered_by', updated_at: 'updated_at',
  },
};

/** The template's read-only columns: what each level of the scale means for the indicator. */
export const levelDescriptionHeader: Record<Lang, (rank: number) => string> = {
  id: (rank) => `keterangan_level_${rank}`,
  en: (rank) => `level_${rank}_description`,
};
/** Matches a level-description header of either language (ignored on import). */
export const LEVEL_DESCRIPTION_HEADER = /^(keterangan_level_\d+|level_\d+_description)$/;

/** Columns of the score report (`reportToCsv`, `score --format csv`). */
export const reportHeaders: Record<Lang, readonly string[]> = {
  id: ['cakupan', 'elemen', 'sub_elemen', 'indikator', 'nama', 'status', 'level_dipilih', 'skor', 'level', 'bobot', 'jumlah_bukti', 'prinsip'],
  en: ['scope', 'element', 'sub_element', 'indicator', 'name', 'status', 'chosen_level', 'score', 'level', 'weight', 'evidence_count', 'principles'],
};

/** What a row of the score report is about (its `scope` column). */
export const reportScopes: Record<Lang, Record<'index' | 'element' | 'subElement' | 'readiness' | 'aspect' | 'principle' | 'indicator', string>> = {
  id: { index: 'indeks_swanilai', element: 'elemen', subElement: 'sub_elemen', readiness: 'kesiapan', aspect: 'aspek_kesiapan', principle: 'prinsip', indicator: 'indikator' },
  en: { index: 'self_assessment_index', element: 'element', subElement: 'sub_element', readiness: 'readiness', aspect: 'readiness_aspect', principle: 'principle', indicator: 'indicator' },
};

/** Columns of the regions benchmark (`benchmarkToCsv`, `batch --format csv`); elements by id. */
export const benchmarkHeaders: Record<Lang, { fixed: readonly string[]; rank: (element: string) => string }> = {
  id: { fixed: ['nama_daerah', 'kode_wilayah', 'periode', 'indeks_swanilai', 'peringkat', 'persentil'], rank: (e) => `${e}_peringkat` },
  en: { fixed: ['region_name', 'region_code', 'period', 'self_assessment_index', 'rank', 'percentile'], rank: (e) => `${e}_rank` },
};

/** The name of the index row and of the index itself, for people. */
export const indexLabel: Record<Lang, string> = { id: INDEX_LABEL.id, en: INDEX_LABEL.en };

/** Sheet names and column labels of the .xlsx workbook (`smart-city-maturity/xlsx`). */
export const workbookLabels = {
  id: {
    sheets: { summary: 'Ringkasan', elements: 'Elemen', indicators: 'Indikator', recommendations: 'Rekomendasi', programmes: 'Program masterplan', quickWins: 'Register quick win' },
    summary: { item: 'Uraian', value: 'Nilai' },
    facts: {
      region: 'Nama daerah', code: 'Kode wilayah', period: 'Periode', framework: 'Kerangka', index: indexLabel.id, level: 'Level', band: 'Predikat',
      completeness: 'Kelengkapan', evidence: 'Cakupan bukti dukung', answered: 'Indikator terjawab', applicable: 'Indikator berlaku',
    },
    elements: ['Cakupan', 'ID', 'Nama', 'Skor', 'Level', 'Predikat', 'Terjawab', 'Berlaku', 'Kelengkapan'],
    indicators: ['Elemen', 'Sub-elemen', 'Indikator', 'Pertanyaan', 'Status', 'Level dipilih', 'Skor', 'Bobot', 'Jumlah bukti', 'Prinsip'],
    recommendations: ['Prioritas', 'Horizon', 'Elemen', 'Indikator', 'Pertanyaan', 'Level saat ini', 'Target', 'Langkah berikutnya', 'Upaya'],
  },
  en: {
    sheets: { summary: 'Summary', elements: 'Elements', indicators: 'Indicators', recommendations: 'Recommendations', programmes: 'Masterplan programmes', quickWins: 'Quick-win register' },
    summary: { item: 'Item', value: 'Value' },
    facts: {
      region: 'Region name', code: 'Region code', period: 'Period', framework: 'Framework', index: indexLabel.en, level: 'Level', band: 'Band',
      completeness: 'Completeness', evidence: 'Evidence coverage', answered: 'Indicators answered', applicable: 'Indicators applicable',
    },
    elements: ['Scope', 'ID', 'Name', 'Score', 'Level', 'Band', 'Answered', 'Applicable', 'Completeness'],
    indicators: ['Element', 'Sub-element', 'Indicator', 'Question', 'Status', 'Chosen level', 'Score', 'Weight', 'Evidence count', 'Principles'],
    recommendations: ['Priority', 'Horizon', 'Element', 'Indicator', 'Question', 'Current level', 'Target', 'Next step', 'Effort'],
  },
} satisfies Record<Lang, unknown>;
