import * as z from 'zod/mini';
import { localiseZodIssues, zodErrorMaps } from '../schema/localise.js';
import { LocalizedTextSchema, type Lang } from '../schema/localized.js';
import type { ValidationIssue } from '../schema/validation-error.js';

/**
 * The regions dashboard's data: each region's latest published report per period, reduced to
 * what the dashboard shows. `GET /api/dashboard` answers it and `<smart-city-dashboard>`
 * validates it with this schema at its boundary (its `data` property or its `src`).
 */

const Share = z.number().check(z.gte(0), z.lte(1));

/** One element of one region's report: its score, the scale's level (none while provisional), how complete. */
export const DashboardElementSchema = z.object({
  id: z.string(),
  score: z.nullable(z.number()),
  /** The scale's rank the score falls in; `null` when unscored or provisional (no level is claimed). */
  level: z.nullable(z.number()),
  completeness: Share,
  /** The element's completeness is below the report's threshold: its score is not final. */
  provisional: z.boolean(),
});
export type DashboardElement = z.infer<typeof DashboardElementSchema>;

/** One region's published report of one period. */
export const DashboardEntrySchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  province: z.string(),
  /** The year the region joined the programme, when known. */
  cohort: z.nullable(z.number()),
  period: z.string(),
  /** When the report was published (ISO 8601), when known. */
  publishedAt: z.optional(z.string()),
  index: z.nullable(z.number()),
  /** The index's rank on the scale; `null` when unscored or provisional. */
  level: z.nullable(z.number()),
  completeness: Share,
  provisional: z.boolean(),
  elements: z.array(DashboardElementSchema),
});
export type DashboardEntry = z.infer<typeof DashboardEntrySchema>;

export const DashboardSchema = z.object({
  /** The framework's scale, for level names. */
  levels: z.array(z.object({ rank: z.number(), name: LocalizedTextSchema })),
  /** The framework's elements, in its order: the table's columns. */
  elements: z.array(z.object({ id: z.string(), name: LocalizedTextSchema })),
  entries: z.array(DashboardEntrySchema),
});
export type Dashboard = z.infer<typeof DashboardSchema>;

/** Which entries the dashboard shows; each filter left out shows all. */
export interface DashboardFilter {
  province?: string;
  cohort?: number;
  period?: string;
}

/** Checks dashboard data from outside (an API answer, a page's property): the data, or each problem's place in `lang`. */
export function safeParseDashboard(value: unknown, lang: Lang = 'id'): { success: true; data: Dashboard } | { success: false; issues: ValidationIssue[] } {
  const parsed = DashboardSchema.safeParse(value, { error: zodErrorMaps[lang] });
  return parsed.success ? { success: true, data: parsed.data } : { success: false, issues: localiseZodIssues(parsed.error.issues, lang) };
}
