import type { Lang } from '../schema/localized.js';
import { INDEX_LABEL, PROVISIONAL_NOTE } from '../scoring/index-label.js';

/** Everything the command line says, in Bahasa Indonesia and English. */
export const usage: Record<Lang, string> = {
  id: `smart-city-maturity — penilaian kematangan smart city (Gerakan Menuju 100 Smart City)

Perintah:
  validate <berkas> [--framework f]           periksa kerangka atau penilaian (JSON/CSV)
  score <penilaian> [--format table|json|csv|xlsx] [--evidence-policy warn|cap] [--aggregation arithmetic|geometric]
  compare <sebelumnya> <sekarang> [--format table|json]
  batch <folder|berkas…> [--format table|csv|json]
  template [--format json|csv] [--region nama] [--period 2026]
  roadmap <penilaian> [--targets t.json] [--format markdown|json]
  serve [--port 8080] [--data folder] [--demo]  server ruang kerja (lihat: serve --help)
  user create …, token create …               akun dan token API server (lihat: user --help)

Opsi umum:
  --framework f     kerangka sendiri (JSON); bawaan: Gerakan Menuju 100 Smart City
  --lang id|en      bahasa keluaran dan judul kolom CSV/xlsx
  --out berkas      tulis ke berkas, bukan ke layar (wajib untuk --format xlsx)
  --semicolon       CSV dipisah titik koma dengan koma desimal (Excel berpengaturan Indonesia)
  --help, --version
Kode keluar: 0 berhasil, 1 data tidak valid, 2 salah pemakaian atau berkas tidak dapat dibaca/ditulis, 3 kesalahan internal.`,
  en: `smart-city-maturity — smart city maturity assessment (Movement towards 100 Smart Cities)

Commands:
  validate <file> [--framework f]             check a framework or an assessment (JSON/CSV)
  score <assessment> [--format table|json|csv|xlsx] [--evidence-policy warn|cap] [--aggregation arithmetic|geometric]
  compare <previous> <current> [--format table|json]
  batch <folder|files…> [--format table|csv|json]
  template [--format json|csv] [--region name] [--period 2026]
  roadmap <assessment> [--targets t.json] [--format markdown|json]
  serve [--port 8080] [--data dir] [--demo]   the workspace server (see: serve --help)
  user create …, token create …               the server's accounts and API tokens (see: user --help)

Common options:
  --framework f     your own framework (JSON); default: Movement towards 100 Smart Cities
  --lang id|en      output language, also of CSV/xlsx column headers
  --out file        write to a file instead of the screen (required for --format xlsx)
  --semicolon       semicolon-separated CSV with decimal commas (Excel in Indonesian settings)
  --help, --version
Exit codes: 0 success, 1 invalid data, 2 wrong usage or a file that cannot be read/written, 3 internal error.`,
};

export const words = {
  id: {
    valid: (what: string, n: number) => `✓ ${what} valid (${n} indikator).`,
    framework: 'Kerangka', assessment: 'Penilaian',
    element: 'Elemen', score: 'Skor', level: 'Level', answered: 'Terjawab', index: INDEX_LABEL.id, band: 'Predikat',
    provisional: PROVISIONAL_NOTE.id,
    completeness: 'Kelengkapan', evidence: 'Cakupan bukti', readiness: 'Kesiapan daerah', principle: 'Prinsip',
    previous: 'Sebelumnya', current: 'Sekarang', change: 'Perubahan', region: 'Daerah', period: 'Periode', rank: 'Peringkat',
    median: 'Median', improved: 'Naik', declined: 'Turun', added: 'Baru dijawab', removed: 'Tidak lagi dijawab', warnings: 'Peringatan',
    progress: (n: number, total: number) => `Menilai ${n}/${total}…`, wrote: (f: string) => `Ditulis: ${f}`,
  },
  en: {
    valid: (what: string, n: number) => `✓ ${what} is valid (${n} indicators).`,
    framework: 'Framework', assessment: 'Assessment',
    element: 'Element', score: 'Score', level: 'Level', answered: 'Answered', index: INDEX_LABEL.en, band: 'Band',
    provisional: PROVISIONAL_NOTE.en,
    completeness: 'Completeness', evidence: 'Evidence coverage', readiness: 'Regional readiness', principle: 'Principle',
    previous: 'Previous', current: 'Current', change: 'Change', region: 'Region', period: 'Period', rank: 'Rank',
    median: 'Median', improved: 'Improved', declined: 'Declined', added: 'Newly answered', removed: 'No longer answered', warnings: 'Warnings',
    progress: (n: number, total: number) => `Scoring ${n}/${total}…`, wrote: (f: string) => `Written: ${f}`,
  },
} satisfies Record<Lang, unknown>;

export const problems = {
  id: {
    unknownOption: (name: string, suggestion?: string) => `Opsi ${name} tidak dikenal${suggestion ? `; maksud Anda ${suggestion}?` : '.'}`,
    needsValue: (name: string) => `${name} memerlukan nilai, mis. ${name}=…`,
    noValue: (name: string) => `${name} tidak menerima nilai.`,
    unknownCommand: (name: string) => `Perintah "${name}" tidak dikenal.`,
    choice: (option: string, value: string, allowed: readonly string[]) => `--${option} "${value}" tidak dikenal; pilih ${allowed.join('|')}.`,
    missingArguments: (command: string, n: number) => `Perintah ${command} memerlukan ${n} berkas.`,
    notFound: (path: string) => `${path}: berkas tidak ditemukan.`,
    unreadable: (path: string, code: string) => `${path}: berkas tidak dapat dibaca (${code}).`,
    isFolder: (path: string) => `${path}: ini folder, bukan berkas.`,
    cannotWrite: (path: string, why: string) => `${path}: berkas tidak dapat ditulis (${why}).`,
    writeWhy: { ENOENT: 'folder tidak ada', EACCES: 'tidak ada izin menulis', EPERM: 'tidak ada izin menulis', EISDIR: 'ini folder', ENOTDIR: 'jalurnya melewati sebuah berkas', EROFS: 'hanya dapat dibaca', ENOSPC: 'disk penuh' } as Record<string, string>,
    emptyBatch: (inputs: string) => `${inputs}: tidak ada berkas .json atau .csv untuk dinilai.`,
    binaryNeedsOut: (format: string) => `--format ${format} menulis berkas biner; sebutkan --out laporan.${format}.`,
    internal: (detail: string) => `Kesalahan internal (mohon laporkan): ${detail}`,
    targetNotElement: (ids: string) => `bukan elemen kerangka ini (${ids}).`,
    targetNotNumber: (scale: string) => `target harus berupa angka pada skala (${scale}).`,
    targetsNotObject: 'Berkas target harus berupa objek JSON, mis. { "governance": 4 }.',
  },
  en: {
    unknownOption: (name: string, suggestion?: string) => `Unknown option ${name}${suggestion ? `; did you mean ${suggestion}?` : '.'}`,
    needsValue: (name: string) => `${name} needs a value, e.g. ${name}=…`,
    noValue: (name: string) => `${name} takes no value.`,
    unknownCommand: (name: string) => `Unknown command "${name}".`,
    choice: (option: string, value: string, allowed: readonly string[]) => `--${option} "${value}" is not known; choose ${allowed.join('|')}.`,
    missingArguments: (command: string, n: number) => `The ${command} command needs ${n} file${n > 1 ? 's' : ''}.`,
    notFound: (path: string) => `${path}: file not found.`,
    unreadable: (path: string, code: string) => `${path}: cannot read the file (${code}).`,
    isFolder: (path: string) => `${path}: this is a folder, not a file.`,
    cannotWrite: (path: string, why: string) => `${path}: cannot write the file (${why}).`,
    writeWhy: { ENOENT: 'the folder does not exist', EACCES: 'no permission to write', EPERM: 'no permission to write', EISDIR: 'it is a folder', ENOTDIR: 'the path runs through a file', EROFS: 'read-only', ENOSPC: 'the disk is full' } as Record<string, string>,
    emptyBatch: (inputs: string) => `${inputs}: no .json or .csv files to score.`,
    binaryNeedsOut: (format: string) => `--format ${format} writes a binary file; give --out report.${format}.`,
    internal: (detail: string) => `Internal error (please report it): ${detail}`,
    targetNotElement: (ids: string) => `not an element of this framework (${ids}).`,
    targetNotNumber: (scale: string) => `a target must be a number on the scale (${scale}).`,
    targetsNotObject: 'A targets file must be a JSON object, e.g. { "governance": 4 }.',
  },
} satisfies Record<Lang, unknown>;

/** Refusing --lang cannot use the language it names: both languages, one line each. */
export const unknownLanguage = (value: string) =>
  `--lang "${value}" tidak dikenal; pilih id|en.\n--lang "${value}" is not known; choose id|en.`;
