import * as z from 'zod/mini';
import type { Orphan } from '../schema/assessment.js';
import { RECORD_REGISTERS, RECORD_SECTIONS, type ProgrammeRecord } from '../schema/programme-record.js';

type Parse = <T>(schema: z.ZodMiniType<T>, value: unknown, path: (string | number)[]) => T | undefined;

const NO_KEYS = z.strictObject({});

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Restores a draft's programme record part by part: a block (profile, masterplan, …) whole,
 * a register row by row. What does not validate is set aside as an orphan under its path
 * (e.g. `programmeRecord.quickWins[2]`) with the reason, never dropped.
 */
export function recoverProgrammeRecord(value: unknown, parse: Parse, lastReason: () => string): { record?: ProgrammeRecord; orphans: Orphan[] } {
  const orphans: Orphan[] = [];
  if (value === undefined) return { orphans };
  if (!isRecord(value)) {
    parse(RECORD_SECTIONS.profile, value, ['programmeRecord']);
    return { orphans: [{ indicatorId: 'programmeRecord', answer: value, reason: lastReason() }] };
  }
  const record: Record<string, unknown> = {};
  for (const [key, part] of Object.entries(value)) {
    const path = ['programmeRecord', key];
    if (Object.hasOwn(RECORD_SECTIONS, key)) {
      const ok = parse(RECORD_SECTIONS[key as keyof typeof RECORD_SECTIONS] as z.ZodMiniType<unknown>, part, path);
      if (ok) record[key] = ok;
      else orphans.push({ indicatorId: `programmeRecord.${key}`, answer: part, reason: lastReason() });
    } else if (Object.hasOwn(RECORD_REGISTERS, key) && Array.isArray(part)) {
      const rows: unknown[] = [];
      part.forEach((row, n) => {
        const ok = parse(RECORD_REGISTERS[key as keyof typeof RECORD_REGISTERS] as z.ZodMiniType<unknown>, row, [...path, n]);
        if (ok) rows.push(ok);
        else orphans.push({ indicatorId: `programmeRecord.${key}[${n}]`, answer: row, reason: lastReason() });
      });
      if (rows.length > 0) record[key] = rows;
    } else {
      parse(NO_KEYS, { [key]: part }, ['programmeRecord']); // words "unknown key" in the user's language
      orphans.push({ indicatorId: `programmeRecord.${key}`, answer: part, reason: lastReason() });
    }
  }
  return { ...(Object.keys(record).length > 0 ? { record: record as ProgrammeRecord } : {}), orphans };
}
