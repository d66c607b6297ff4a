import type { Lang } from '../../schema/localized.js';
import type { ValidationIssue } from '../../schema/validation-error.js';

type Text = Readonly<Record<Lang, string>>;

/**
 * Every error the API answers, by its stable code, in both languages. Clients branch on
 * `code`; `message` is for people and may be reworded.
 */
export const ERRORS = {
  bad_request: { status: 400, id: 'Permintaan tidak dapat dibaca.', en: 'The request could not be read.' },
  invalid_json: { status: 400, id: 'Isi permintaan bukan JSON yang sah.', en: 'The request body is not valid JSON.' },
  invalid_input: { status: 422, id: 'Data yang dikirim tidak sah.', en: 'The data sent is not valid.' },
  region_required: { status: 422, id: 'Peran koordinator, kontributor, dan asesor memerlukan regionCode (daerah tempat akun bekerja).', en: 'The coordinator, contributor and assessor roles need a regionCode (the region the account works in).' },
  opd_required: { status: 422, id: 'Peran kontributor memerlukan opd (OPD yang indikatornya dijawab akun ini).', en: 'The contributor role needs an opd (the OPD whose indicators the account answers).' },
  unauthenticated: { status: 401, id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
  login_failed: { status: 401, id: 'Surel atau kata sandi salah.', en: 'Wrong e-mail or password.' },
  too_many_attempts: { status: 429, id: 'Terlalu banyak percobaan masuk. Coba lagi nanti.', en: 'Too many sign-in attempts. Try again later.' },
  csrf_failed: { status: 403, id: 'Permintaan ditolak: token CSRF tidak ada atau tidak cocok.', en: 'Request refused: the CSRF token is missing or does not match.' },
  forbidden: { status: 403, id: 'Anda tidak berwenang melakukan tindakan ini.', en: 'You are not allowed to do this.' },
  indicator_not_assigned: { status: 403, id: 'Indikator ini tidak ditugaskan kepada OPD Anda.', en: 'This indicator is not assigned to your OPD.' },
  not_found: { status: 404, id: 'Data tidak ditemukan.', en: 'Not found.' },
  already_exists: { status: 409, id: 'Data ini sudah ada.', en: 'This already exists.' },
  precondition_required: { status: 428, id: 'Sertakan header If-Match dengan versi yang Anda ubah.', en: 'Send an If-Match header with the version you changed.' },
  version_conflict: { status: 409, id: 'Indikator yang sama telah diubah oleh pengguna lain sejak versi yang Anda buka.', en: 'Someone else changed the same indicator since the version you opened.' },
  assessment_locked: { status: 409, id: 'Penilaian sudah dikunci atau dikirim; tidak dapat diubah lagi.', en: 'The assessment is locked or submitted; it can no longer be changed.' },
  not_verifiable: { status: 409, id: 'Verifikasi hanya dapat dilakukan setelah penilaian dikunci atau dikirim, dan sebelum dinyatakan terverifikasi.', en: 'Verification is possible once the assessment is locked or submitted, and until it is marked verified.' },
  submission_mismatch: { status: 422, id: 'Idempotency-Key dan submissionId harus sama.', en: 'Idempotency-Key and submissionId must be the same.' },
  submission_conflict: { status: 409, id: 'Nomor pengiriman ini sudah dipakai untuk penilaian lain.', en: 'This submission id was already used for another assessment.' },
  payload_too_large: { status: 413, id: 'Isi permintaan melebihi batas ukuran.', en: 'The request body is larger than allowed.' },
  unsupported_file_type: { status: 415, id: 'Jenis berkas tidak diterima. Unggah PDF, PNG, JPEG, WebP, dokumen Office (docx, xlsx, pptx) atau ODF.', en: 'This file type is not accepted. Upload PDF, PNG, JPEG, WebP, Office documents (docx, xlsx, pptx) or ODF.' },
  unknown_framework: { status: 422, id: 'Kerangka penilaian tidak dikenal oleh server.', en: 'The server does not know this framework.' },
  internal_error: { status: 500, id: 'Terjadi kesalahan pada server. Coba lagi nanti.', en: 'Something went wrong on the server. Try again later.' },
} as const satisfies Record<string, { status: number } & Text>;

export type ErrorCode = keyof typeof ERRORS;

/** An error a route answers as `{ code, message, ...details }` with the code's status. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
    this.name = 'ApiError';
  }

  get status(): number {
    return ERRORS[this.code].status;
  }

  body(lang: Lang): Record<string, unknown> {
    return { code: this.code, message: ERRORS[this.code][lang], ...this.details };
  }
}

/** A validation failure from the core's parsers, with every issue's place and message. */
export function invalidInput(issues: readonly ValidationIssue[]): ApiError {
  return new ApiError('invalid_input', { issues: issues.map(({ where, code, message }) => ({ where, code, message })) });
}
