import type { Framework } from '../schema/framework.js';
import type { Lang, LocalizedText } from '../schema/localized.js';
import type { Programme, ProgrammeRecord, ProgrammeStatus } from '../schema/programme-record.js';

/** The registered programmes of one element and how far they are carried out. */
export interface ElementRealisation {
  /** An element id, `readiness`, or `null` for programmes not tied to an element. */
  elementId: string | null;
  name: LocalizedText;
  total: number;
  /** Programmes under way or completed: "realised" in evaluation reports. */
  realised: number;
  completed: number;
  /** Mean realisation in percent, 0–100; `null` when no programme says how far it is. */
  realisation: number | null;
}

export interface StatusSummary {
  total: number;
  /** Ongoing + completed. */
  realised: number;
  byStatus: Record<ProgrammeStatus | 'unknown', number>;
}

/** How far a programme is, in percent: its own figure, or 100 when completed and 0 when planned. */
export function programmeRealisationOf(p: Programme): number | undefined {
  return p.realisation ?? (p.status === 'completed' ? 100 : p.status === 'planned' ? 0 : undefined);
}

const isRealised = (status: ProgrammeStatus | undefined) => status === 'ongoing' || status === 'completed';

/** Counts of a register's entries by status; "realised" = ongoing + completed. */
export function statusSummary(entries: readonly { status?: ProgrammeStatus | undefined }[]): StatusSummary {
  const byStatus: StatusSummary['byStatus'] = { planned: 0, ongoing: 0, completed: 0, stopped: 0, unknown: 0 };
  for (const e of entries) byStatus[e.status ?? 'unknown'] += 1;
  return { total: entries.length, realised: byStatus.ongoing + byStatus.completed, byStatus };
}

/** The quick-win register summed up: how many of the registered quick wins are launched. */
export function quickWinSummary(record: ProgrammeRecord | undefined): StatusSummary {
  return statusSummary(record?.quickWins ?? []);
}

/**
 * The masterplan programmes per element of the framework (then readiness, then those without
 * an element), with how many are realised and their mean realisation. Elements without
 * registered programmes are listed with zero.
 */
export function programmeRealisation(framework: Framework, record: ProgrammeRecord | undefined): ElementRealisation[] {
  const programmes = record?.programmes ?? [];
  const groups: { elementId: string | null; name: LocalizedText }[] = [
    ...framework.elements.map((e) => ({ elementId: e.id, name: e.name })),
    { elementId: 'readiness', name: { id: 'Kesiapan Daerah', en: 'Regional Readiness' } },
  ];
  if (programmes.some((p) => p.elementId === undefined)) groups.push({ elementId: null, name: { id: 'Tanpa elemen', en: 'No element' } });
  return groups.map(({ elementId, name }) => {
    const mine = programmes.filter((p) => (p.elementId ?? null) === elementId);
    const known = mine.map(programmeRealisationOf).filter((r): r is number => r !== undefined);
    return {
      elementId, name, total: mine.length,
      realised: mine.filter((p) => isRealised(p.status)).length,
      completed: mine.filter((p) => p.status === 'completed').length,
      realisation: known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length,
    };
  });
}

/** "9 dari 9 program terlaksana" / "9 of 9 programmes realised", as evaluations report it. */
export function realisedText(summary: { realised: number; total: number }, kind: 'programme' | 'quickWin', lang: Lang): string {
  const { realised, total } = summary;
  if (lang === 'id') return kind === 'programme' ? `${realised} dari ${total} program terlaksana` : `${realised} dari ${total} quick win berjalan`;
  return kind === 'programme'
    ? `${realised} of ${total} programme${total === 1 ? '' : 's'} realised`
    : `${realised} of ${total} quick win${total === 1 ? '' : 's'} launched`;
}
