import * as z from 'zod/mini';

/** A text in Bahasa Indonesia (`id`, the default language) and English (`en`). */
export const LocalizedTextSchema = z.strictObject({
  id: z.string().check(z.trim(), z.minLength(1)),
  en: z.string().check(z.trim(), z.minLength(1)),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** The two display languages. */
export const LangSchema = z.enum(['id', 'en']);
export type Lang = z.infer<typeof LangSchema>;

/** The options of every function whose only option is the language of its messages or text. */
export interface LanguageOptions {
  /** `id` (Bahasa Indonesia, the default) or `en`. */
  lang?: Lang;
}

/** Picks the text for a language. */
export function localize(text: LocalizedText, lang: Lang): string {
  return text[lang];
}

/** Ids of framework nodes: lower-case words joined by `.`, `-` or `_` (e.g. `governance.service`). */
export const NodeIdSchema = z.string().check(
  z.minLength(1),
  z.maxLength(120),
  z.regex(/^[a-z0-9]+(?:[._-][a-z0-9]+)*$/, 'node_id'),
);
