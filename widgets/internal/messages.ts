import { type Lang } from '../../src/internal.js';

/** Every user-visible string of the widgets, in Bahasa Indonesia (default) and English. */
const id = {
  start: 'Mulai',
  readiness: 'Kesiapan Daerah',
  record: 'Profil dan Program',
  review: 'Tinjau dan Kirim',
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
  submitFailed: (m: string) => `Gagal mengirim: ${m === 'timeout' ? 'server tidak merespons dalam batas waktu' : m === 'offline' ? 'perangkat tidak terhubung ke internet' : m === 'not-json' ? 'server menjawab dengan halaman web, bukan tanda terima penilaian (sesi portal mungkin berakhir; masuk kembali, lalu coba lagi)' : m}. Draf tetap tersimpan.`,
  submittedAt: (when: string) => `Penilaian terkirim pada ${when}.`,
  submissionId: (id: string) => `Nomor pengiriman: ${id}`,
  confirmIncomplete: (n: number) => `${n} indikator belum dijawab — tetap kirim?`,
  confirmIncompleteHint: 'Indikator yang belum dijawab tidak dihitung dalam indeks.',
  sendAnyway: 'Tetap kirim',
  keepEditing: 'Lengkapi dulu',
  problemsTitle: 'Periksa isian berikut sebelum mengirim:',
  regionNameMissing: 'Nama daerah wajib diisi.',
  periodMissing: 'Periode penilaian wajib diisi.',
  evidenceProblem: (n: number, what: string) => `bukti ${n}: ${what}`,
  problemAt: (where: string, what: string) => `${where} — ${what}`,
  retry: 'Coba kirim lagi',
  exportDraft: 'Unduh draf (JSON)',
  exportPart: (opd: string) => `Unduh bagian ${opd} (JSON)`,
  importDraft: 'Impor draf (JSON)',
  importFailed: 'Berkas tidak dapat diimpor; draf Anda tidak berubah.',
  importNotJson: 'Berkas ini bukan draf JSON yang utuh (mungkin terpotong atau berformat lain). Pilih berkas .json yang diunduh dengan tombol “Unduh draf”.',
  importOtherFramework: 'Berkas ini draf untuk kerangka penilaian lain.',
  fieldRequired: (field: string) => `${field} wajib diisi.`,
  fieldInvalid: (field: string, why: string) => `${field}: ${why}`,
  respondent: 'Pengisi',
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
  requiredMark: '(wajib)',
  evidenceLabelMissing: 'Nama dokumen wajib diisi.',
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
  index: 'Indeks swanilai',
  indexNote: 'Hasil penilaian mandiri daerah dengan skala kerangka penilaian ini (kerangka bawaan: nama level dan rentang predikat SPBE, PermenPANRB 59/2020); bukan hasil Evaluasi Smart City oleh Komdigi.',
  provisional: 'sementara',
  provisionalNote: (answered: number, applicable: number, threshold: number) =>
    `Baru ${answered} dari ${applicable} indikator terjawab. Level dan predikat ditetapkan setelah sekurang-kurangnya ${threshold}% indikator terjawab.`,
  completeness: 'Kelengkapan',
  evidenceCoverage: 'Cakupan bukti dukung',
  startMissing: 'Lengkapi nama daerah dan periode pada langkah Mulai.',
  invalidTitle: 'Data belum valid',
  goTo: 'Buka',
  errorTitle: 'Terjadi masalah',
  frameworkInvalid: 'Kerangka penilaian tidak valid.',
  loading: 'Memuat kerangka penilaian…',
  loadingStep: 'Memuat langkah ini…',
  frameworkUnavailable: 'Kerangka penilaian bawaan tidak dapat dimuat.',
  viewUnavailable: 'Tampilan kartu skor tidak dapat dimuat.',
  chunkUnavailable: (file: string) => `Berkas ${file} (relatif terhadap widgets.js) tidak dapat dimuat: salin juga folder chunks/ di samping widgets.js.`,
  readonlyNote: 'Tampilan baca saja.',
  required: 'Penilaian belum lengkap.',
  otherTab: 'Draf ini juga diubah di tab lain. Jawaban yang lebih baru dari tab itu telah digabungkan.',
  orphansTitle: 'Jawaban yang disisihkan',
  orphansText: 'Bagian draf berikut tidak dapat dipulihkan ke tempatnya. Pulihkan yang masih dapat dipakai atau buang yang tidak diperlukan; selama belum dibuang, bagian ini tetap ikut dalam draf yang diunduh.',
  restore: 'Pulihkan',
  discard: 'Buang',
  restoreItem: (what: string) => `Pulihkan ${what}`,
  discardItem: (what: string) => `Buang ${what}`,
  notInFramework: 'Indikator ini tidak ada dalam kerangka penilaian yang dipakai.',
  draftUnreadable: 'Draf yang tersimpan di peramban ini tidak dapat dibaca (rusak), sehingga formulir dimulai kosong. Salinan draf lama disimpan terpisah di peramban.',
  draftUnreadableKept: 'Draf yang tersimpan di peramban ini tidak dapat dibaca (rusak), dan penyimpanan penuh sehingga salinannya tidak dapat dibuat. Draf lama tidak akan ditimpa: isian baru hanya ada di halaman ini, unduh draf agar tidak hilang.',
  backupFailed: 'Draf lama tidak dapat dicadangkan (penyimpanan penuh), sehingga tidak ditimpa. Isian baru hanya ada di halaman ini; unduh draf agar tidak hilang.',
  storageKeyClash: (key: string) => `Ada kuesioner lain di halaman ini dengan storage-key "${key}". Keduanya akan saling menimpa draf; beri masing-masing storage-key yang berbeda.`,
  dismiss: 'Tutup',
  // scorecard
  scorecard: 'Kartu skor smart city',
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
