import type { ProgrammeRecord, ProgrammeStatus } from '../schema/programme-record.js';
import { programmeRealisationOf } from './summary.js';

/** One registered programme or quick win in two periods, matched by name. */
export interface ProgrammeProgress {
  kind: 'programme' | 'quickWin';
  name: string;
  elementId: string | null;
  previousStatus: ProgrammeStatus | null;
  currentStatus: ProgrammeStatus | null;
  /** Realisation in percent; `null` when a period does not say (or does not list it). */
  previousRealisation: number | null;
  currentRealisation: number | null;
  /** current − previous realisation, in percentage points; `null` when either is unknown. */
  delta: number | null;
}

const key = (name: string) => name.trim().toLocaleLowerCase('id');

/**
 * The registered programmes and quick wins of the current period beside the previous one
 * (matched by name, ignoring case), then those only the previous period lists.
 */
export function programmeProgress(previous: ProgrammeRecord | undefined, current: ProgrammeRecord | undefined): ProgrammeProgress[] {
  const out: ProgrammeProgress[] = [];
  const pair = <T extends { name: string; elementId?: string | undefined; status?: ProgrammeStatus | undefined }>(
    kind: ProgrammeProgress['kind'], before: readonly T[], now: readonly T[], realisation: (entry: T) => number | undefined,
  ) => {
    const earlier = new Map(before.map((e) => [key(e.name), e]));
    const seen = new Set<string>();
    const entry = (b: T | undefined, c: T | undefined): ProgrammeProgress => {
      const p = b === undefined ? null : realisation(b) ?? null;
      const q = c === undefined ? null : realisation(c) ?? null;
      return {
        kind, name: (c ?? b)?.name ?? '', elementId: (c ?? b)?.elementId ?? null,
        previousStatus: b?.status ?? null, currentStatus: c?.status ?? null,
        previousRealisation: p, currentRealisation: q, delta: p === null || q === null ? null : q - p,
      };
    };
    for (const c of now) {
      seen.add(key(c.name));
      out.push(entry(earlier.get(key(c.name)), c));
    }
    for (const b of before) if (!seen.has(key(b.name))) out.push(entry(b, undefined));
  };
  pair('programme', previous?.programmes ?? [], current?.programmes ?? [], programmeRealisationOf);
  // A quick win has no percentage: launched or completed counts as 100, planned as 0.
  pair('quickWin', previous?.quickWins ?? [], current?.quickWins ?? [], (q) =>
    q.status === 'ongoing' || q.status === 'completed' ? 100 : q.status === 'planned' ? 0 : undefined);
  return out;
}
