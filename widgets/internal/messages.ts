import type { Lang } from '../../src/internal.js';

/** Every user-visible string of the widgets, in Bahasa Indonesia (default) and English. */
const id = {
  start: 'Mulai',
  readiness: 'Kesiapan Daerah',
  review: 'Tinjau & Kirim',
  steps: 'Langkah penilaian',
  progress: (a: number, b: number) => `${a} dari ${b} terjawab`,
  overall: 'Kemajuan keseluruhan',
  overallLive: (pct: number) => `Kemajuan ${pct}%`,
  regionName: 'Nama daerah',
  regionCode: 'Kode wilayah (Kemendagri)',
  regionCodeHint: 'Contoh: 64.74 untuk Kota Bontang',
  period: 'Periode penilaian',
  periodHint: 'Contoh: 2026',
  respondentName: 'Nama pengisi',
  respondentRole: 'Jabatan',
  respondentAgency: 'Perangkat daerah (OPD)',
  respondentEmail: 'Surel',
  startIntro: 'Isi identitas daerah dan pengisi. Jawaban tersimpan otomatis di peramban ini; Anda dapat melanjutkannya kapan saja.',
  previous: 'Sebelumnya',
  next: 'Berikutnya',
  submit: 'Kirim penilaian',
  submitting: 'Mengirim…',
  submitted: 'Penilaian terkirim.',
  submittedLocal: 'Penilaian selesai.',
  submitFailed: (m: string) => `Gagal mengirim: ${m === 'timeout' ? 'server tidak menjawab tepat waktu' : m === 'offline' ? 'perangkat sedang luring' : m}. Draf tetap tersimpan.`,
  retry: 'Coba kirim lagi',
  exportDraft: 'Unduh draf (JSON)',
  exportPart: (opd: string) => `Unduh bagian ${opd} (JSON)`,
  importDraft: 'Impor draf (JSON)',
  importFailed: 'Berkas tidak dapat diimpor; draf Anda tidak berubah.',
  imported: (n: number) => `Draf diimpor: ${n} jawaban.`,
  resumeTitle: 'Draf tersimpan ditemukan',
  resumeText: (n: number, when: string) => `Ada draf dengan ${n} jawaban, terakhir disimpan ${when}.`,
  resume: 'Lanjutkan draf',
  startOver: 'Mulai baru',
  savedAt: (when: string) => `Tersimpan otomatis ${when}`,
  storageUnavailable: 'Penyimpanan peramban tidak tersedia; pekerjaan Anda disimpan di memori halaman ini saja. Unduh draf agar tidak hilang.',
  notApplicable: 'Tidak berlaku',
  clearAnswer: 'Kosongkan jawaban',
  notApplicableHint: 'Indikator ini tidak relevan untuk daerah kami',
  levelN: (n: number) => `Level ${n}`,
  guidance: 'Petunjuk',
  evidence: 'Bukti dukung',
  evidenceNeeded: (from: number) => `Level ini memerlukan bukti dukung (mulai level ${from}).`,
  addEvidence: 'Tambah bukti',
  evidenceLabel: 'Nama dokumen',
  evidenceUrl: 'Tautan (https://…)',
  evidenceNote: 'Keterangan',
  evidenceUrlInvalid: 'Tautan harus diawali http://, https:// atau mailto:.',
  remove: 'Hapus',
  removeEvidence: (n: number) => `Hapus bukti ${n}`,
  note: 'Catatan',
  stakeholders: 'Pihak yang terlibat (pentaheliks)',
  stakeholder: {
    government: 'Pemerintah',
    academia: 'Akademisi',
    business: 'Dunia usaha',
    community: 'Komunitas',
    media: 'Media',
  },
  missingTitle: 'Belum dijawab',
  nothingMissing: 'Semua indikator yang berlaku sudah dijawab.',
  warningsTitle: 'Peringatan',
  previewTitle: 'Pratinjau skor',
  index: 'Indeks kematangan',
  completeness: 'Kelengkapan',
  evidenceCoverage: 'Cakupan bukti dukung',
  startMissing: 'Lengkapi nama daerah dan periode pada langkah Mulai.',
  invalidTitle: 'Data belum sah',
  goTo: 'Buka',
  errorTitle: 'Terjadi masalah',
  frameworkInvalid: 'Kerangka penilaian tidak sah.',
  loading: 'Memuat kerangka penilaian…',
  readonlyNote: 'Tampilan baca saja.',
  required: 'Penilaian belum lengkap.',
  otherTab: 'Draf ini juga diubah di tab lain. Jawaban yang lebih baru dari tab itu telah digabungkan.',
  orphansTitle: 'Jawaban yang disisihkan',
  orphansText: 'Bagian draf berikut tidak dapat dipulihkan dan disimpan terpisah; unduh draf untuk menyimpannya.',
  dismiss: 'Tutup',
  // scorecard
  scorecard: 'Kartu skor smart city',
  level: 'Level',
  band: 'Predikat',
  radar: 'Radar enam elemen',
  radarTable: 'Tabel angka radar',
  showTable: 'Tampilkan tabel',
  hideTable: 'Sembunyikan tabel',
  current: 'Periode ini',
  previousPeriod: (p: string) => `Periode sebelumnya (${p})`,
  target: 'Target',
  element: 'Elemen',
  score: 'Skor',
  change: 'Perubahan',
  principles: 'Komitmen',
  carriedBy: (n: number) => `${n} indikator`,
  pentahelix: 'Keterlibatan pentaheliks',
  coverage: (present: number) => `${present} dari 5 kelompok`,
  readinessTitle: 'Kesiapan daerah',
  elementsTitle: 'Skor per elemen',
  details: 'Rincian indikator',
  hideDetails: 'Tutup rincian',
  chosenLevel: 'Level terpilih',
  notAnswered: 'Belum dijawab',
  how: 'Cara penghitungan',
  nextSteps: 'Langkah berikutnya',
  nextStepsEmpty: 'Belum ada celah yang dapat direkomendasikan.',
  horizon: {
    quickWin: 'Quick win',
    short: 'Jangka pendek (≤ 1 tahun)',
    medium: 'Jangka menengah (≤ 5 tahun)',
    long: 'Jangka panjang (≤ 10 tahun)',
  },
  towards: (n: number) => `Menuju level ${n}`,
  download: 'Unduh',
  downloadJson: 'Laporan (JSON)',
  downloadCsv: 'Skor indikator (CSV)',
  downloadSvg: 'Radar (SVG)',
  print: 'Cetak',
  emptyTitle: 'Belum ada jawaban',
  emptyText: 'Isi kuesioner untuk melihat skor. Kartu skor menampilkan apa yang sudah dijawab.',
  missingCount: (n: number) => `${n} indikator belum dijawab`,
  up: 'naik',
  down: 'turun',
  same: 'tetap',
  noPrevious: 'baru',
};

export type Messages = typeof id;


let en: Messages | undefined;
let loadingEn: Promise<Messages> | undefined;

/**
 * The catalogue for a `lang` attribute value. Bahasa Indonesia, the default, is bundled;
 * English arrives as a small chunk on first use (see `LocaleController`), and until then
 * the Indonesian text shows.
 */
export function messagesFor(lang: string | undefined): Messages {
  return lang === 'en' && en ? en : id;
}

/** Loads a language's catalogue; resolves at once when it is there already. */
export function loadMessages(lang: string | undefined): Promise<Messages> {
  if (lang !== 'en') return Promise.resolve(id);
  if (en) return Promise.resolve(en);
  loadingEn ??= import('./messages-en.js').then((m) => (en = m.en));
  return loadingEn;
}

export function langOf(value: string | undefined): Lang {
  return value === 'en' ? 'en' : 'id';
}
