import type { LocalizedText } from '../schema/localized.js';

/**
 * What the index is called wherever it is shown (widgets, CLI, CSV, Markdown): a region's own
 * self-assessment, never to be quoted as the ministry's Evaluasi Smart City result.
 */
export const INDEX_LABEL: LocalizedText = { id: 'Indeks swanilai', en: 'Self-assessment index' };

/** Where the scale comes from and what the index is not; shown beside the index. */
export const INDEX_NOTE: LocalizedText = {
  id: 'Hasil penilaian mandiri daerah dengan skala kerangka penilaian ini (kerangka bawaan: nama level dan rentang predikat SPBE, PermenPANRB 59/2020); bukan hasil Evaluasi Smart City oleh Komdigi.',
  en: 'The region\'s own assessment on this framework\'s scale (built-in framework: the SPBE level names and predicate bands, PermenPANRB 59/2020); not the result of Komdigi\'s Smart City Evaluation.',
};

/**
 * Said wherever a provisional index is shown without its level and predikat (CLI, CSV,
 * .xlsx): why they are missing and when they come. `share` is the threshold (0–1).
 */
export const PROVISIONAL_NOTE: { [L in keyof LocalizedText]: (share: number) => string } = {
  id: (share) => `sementara: level dan predikat ditetapkan setelah sekurang-kurangnya ${Math.round(share * 100)}% indikator terjawab`,
  en: (share) => `provisional: level and band are given once at least ${Math.round(share * 100)}% of the indicators are answered`,
};
