import type { Lang } from '../../src/internal.js';

/*
 * The words of the scorecard's verification and published-report parts, in both languages.
 * They travel with the scorecard's view (a chunk loaded on demand), like scorecard-messages.ts.
 */

const id = {
  verifiedIndex: 'Indeks hasil verifikasi',
  verifiedProgress: (n: number, total: number) => `${n} dari ${total} indikator terverifikasi`,
  verificationTitle: 'Penilaian mandiri dan hasil verifikasi',
  scoresCaption: 'Skor menurut penilaian mandiri dan menurut hasil verifikasi asesor',
  indicatorsCaption: 'Indikator yang diverifikasi asesor',
  item: 'Unsur',
  selfAssessed: 'Penilaian mandiri',
  verified: 'Hasil verifikasi',
  difference: 'Selisih',
  indicator: 'Indikator',
  status: 'Keterangan',
  differs: 'Berbeda',
  matches: 'Sesuai',
  notVerified: 'Belum diverifikasi',
  comment: 'Catatan asesor',
  differCount: (n: number, total: number) => `${n} dari ${total} indikator yang diverifikasi berbeda dari penilaian mandiri.`,
  published: (date: string) => `Dipublikasikan ${date}`,
  reportLoading: 'Memuat laporan yang dipublikasikan…',
  reportNotFound: 'Laporan yang dipublikasikan tidak ditemukan.',
  reportUnavailable: 'Laporan yang dipublikasikan tidak dapat dimuat. Periksa sambungan internet, lalu muat ulang halaman.',
  reportInvalid: 'Laporan yang dipublikasikan tidak dapat dibaca.',
};

export type VerificationWords = typeof id;

const en: VerificationWords = {
  verifiedIndex: 'Verified index',
  verifiedProgress: (n, total) => `${n} of ${total} indicators verified`,
  verificationTitle: 'Self-assessment and verification',
  scoresCaption: 'Scores as self-assessed and as verified by the assessor',
  indicatorsCaption: 'Indicators the assessor verified',
  item: 'Item',
  selfAssessed: 'Self-assessed',
  verified: 'Verified',
  difference: 'Difference',
  indicator: 'Indicator',
  status: 'Status',
  differs: 'Differs',
  matches: 'Matches',
  notVerified: 'Not verified yet',
  comment: "Assessor's comment",
  differCount: (n, total) => `${n} of ${total} verified indicator${total === 1 ? '' : 's'} differ${n === 1 ? 's' : ''} from the self-assessment.`,
  published: (date) => `Published ${date}`,
  reportLoading: 'Loading the published report…',
  reportNotFound: 'The published report was not found.',
  reportUnavailable: 'The published report could not be loaded. Check the internet connection, then reload the page.',
  reportInvalid: 'The published report could not be read.',
};

export const verificationWords: Record<Lang, VerificationWords> = { id, en };
