import type { Context } from 'hono';
import type * as z from 'zod/mini';
import type { Lang } from '../../schema/localized.js';
import { localiseZodIssues, zodErrorMaps } from '../../schema/localise.js';
import { ApiError, invalidInput } from './errors.js';

/**
 * The request's language: `?lang=` first, then the first of Accept-Language we speak, then
 * Bahasa Indonesia.
 */
export function requestLang(c: Context): Lang {
  const asked = c.req.query('lang');
  if (asked === 'id' || asked === 'en') return asked;
  for (const part of (c.req.header('accept-language') ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (tag.startsWith('id') || tag.startsWith('in')) return 'id';
    if (tag.startsWith('en')) return 'en';
  }
  return 'id';
}

/** Checks a value against a schema; a failure lists every issue's place in the caller's language. */
export function parseWith<T>(schema: z.ZodMiniType<T>, value: unknown, lang: Lang): T {
  const parsed = schema.safeParse(value, { error: zodErrorMaps[lang], jitless: true });
  if (!parsed.success) throw invalidInput(localiseZodIssues(parsed.error.issues, lang));
  return parsed.data;
}

/** The JSON body, checked against `schema`. Body size is limited before this (see app.ts). */
export async function jsonBody<T>(c: Context, schema: z.ZodMiniType<T>): Promise<T> {
  let value: unknown;
  try {
    value = JSON.parse(await c.req.text());
  } catch {
    throw new ApiError('invalid_json');
  }
  return parseWith(schema, value, requestLang(c));
}
