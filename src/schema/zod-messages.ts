import type * as z from 'zod/mini';
import type { Lang } from './localized.js';

/**
 * Our wording of zod's issues, in Bahasa Indonesia and English. zod's own locales would do,
 * but both together weigh three times this, and the widgets carry a size budget; these cover
 * every issue our schemas can raise.
 */
type Issue = z.core.$ZodRawIssue;

const typeNames = {
  id: { string: 'teks', number: 'angka', boolean: 'benar/salah', object: 'objek', array: 'daftar', undefined: 'kosong', null: 'null' } as Record<string, string>,
  en: { string: 'text', number: 'a number', boolean: 'true/false', object: 'an object', array: 'a list', undefined: 'nothing', null: 'null' } as Record<string, string>,
};

function received(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'NaN';
  return typeof input;
}

const unit = {
  id: { string: 'karakter', array: 'butir' } as Record<string, string>,
  en: { string: 'characters', array: 'items' } as Record<string, string>,
};

function word(lang: Lang, issue: Issue): string {
  const name = (t: string) => typeNames[lang][t] ?? t;
  const id = lang === 'id';
  switch (issue.code) {
    case 'invalid_type': {
      const expected = name(String(issue.expected));
      const got = name(received(issue.input));
      if (issue.input === undefined) return id ? `Wajib diisi (${expected}).` : `Required (${expected}).`;
      return id ? `Harus berupa ${expected}, bukan ${got}.` : `Expected ${expected}, got ${got}.`;
    }
    case 'too_small': {
      const origin = String(issue.origin);
      const size = unit[lang][origin];
      if (origin === 'string' && Number(issue.minimum) === 1) return id ? 'Tidak boleh kosong.' : 'Must not be empty.';
      const relation = issue.inclusive ? (id ? 'minimal' : 'at least') : id ? 'lebih dari' : 'more than';
      return size ? (id ? `Harus ${relation} ${issue.minimum} ${size}.` : `Must have ${relation} ${issue.minimum} ${size}.`)
        : id ? `Harus ${relation} ${issue.minimum}.` : `Must be ${relation} ${issue.minimum}.`;
    }
    case 'too_big': {
      const size = unit[lang][String(issue.origin)];
      const relation = issue.inclusive ? (id ? 'paling banyak' : 'at most') : id ? 'kurang dari' : 'less than';
      return size ? (id ? `Harus ${relation} ${issue.maximum} ${size}.` : `Must have ${relation} ${issue.maximum} ${size}.`)
        : id ? `Harus ${relation} ${issue.maximum}.` : `Must be ${relation} ${issue.maximum}.`;
    }
    case 'invalid_format':
      return id ? `Format tidak valid (${issue.format === 'datetime' ? 'tanggal-waktu ISO 8601' : issue.format}).` : `Invalid format (${issue.format === 'datetime' ? 'ISO 8601 date-time' : issue.format}).`;
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      return id ? `Kunci tidak dikenal: ${keys}.` : `Unknown key${issue.keys.length > 1 ? 's' : ''}: ${keys}.`;
    }
    case 'invalid_value':
      return id ? `Nilai harus salah satu dari: ${issue.values.join(', ')}.` : `Must be one of: ${issue.values.join(', ')}.`;
    case 'invalid_key':
      return id ? 'Kunci tidak valid.' : 'Invalid key.';
    default:
      return id ? 'Nilai tidak valid.' : 'Invalid value.';
  }
}

export const zodErrorMaps: Record<Lang, z.core.$ZodErrorMap> = {
  id: (issue) => word('id', issue),
  en: (issue) => word('en', issue),
};
