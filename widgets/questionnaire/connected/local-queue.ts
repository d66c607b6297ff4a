import * as z from 'zod/mini';
import { AnswerSchema } from '../../../src/internal-connected.js';
import type { Answer } from '../../../src/internal.js';
import type { ServerUser } from './api.js';

/**
 * The changes not yet on the server, one per indicator (a later change replaces an earlier
 * one), kept in localStorage at every change: a reload, a closed tab or a crash loses none.
 * Each remembers the server version its author was looking at (`base`), sent as If-Match,
 * so the server can tell whether someone else changed that indicator in between.
 */
export interface PendingChange {
  /** The whole answer, or `null`: cleared. */
  answer: Answer | null;
  base: number;
  /** When it was changed (ISO). */
  at: string;
  /** Waiting for the user's choice (a conflict), or refused by the server (never sent again). */
  held?: 'conflict' | 'refused' | undefined;
}

const StoredSchema = z.object({
  user: z.object({ id: z.number(), name: z.string(), role: z.string(), opd: z.optional(z.nullable(z.string())) }),
  pending: z.array(z.object({
    id: z.string(),
    answer: z.nullable(AnswerSchema),
    base: z.number(),
    at: z.string(),
    held: z.optional(z.enum(['conflict', 'refused'])),
  })),
});

/** The last copy of the server's document, shown when the page is opened offline. */
const CopySchema = z.object({ version: z.number(), at: z.string(), document: z.unknown() });
export type ServerCopy = z.infer<typeof CopySchema>;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // a sandboxed frame: the queue lives in memory only
  }
}

function readJson(key: string): unknown {
  try {
    const text = storage()?.getItem(key);
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

function writeJson(key: string, value: unknown): boolean {
  try {
    storage()?.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export class LocalQueue {
  /** Indicator id → its change (a Map: the ids come from the server and the page). */
  readonly pending = new Map<string, PendingChange>();
  /** Whose changes these are (another person signing in on this browser does not send them), and the OPD they answer for offline. */
  user: ServerUser | undefined;
  /** False once a write failed (full quota, no storage): changes then live in this page only. */
  stored = true;

  constructor(private readonly key: string) {
    const saved = StoredSchema.safeParse(readJson(key));
    if (!saved.success) return;
    this.user = saved.data.user;
    for (const { id, ...change } of saved.data.pending) this.pending.set(id, change);
  }

  /** The signed-in user: a queue left by someone else is kept aside under its own key, not sent. */
  claim(user: ServerUser): void {
    if (this.user && this.user.id !== user.id && this.pending.size > 0) {
      writeJson(`${this.key}:user-${this.user.id}`, this.toStored());
      this.pending.clear();
    }
    this.user = user;
    this.save();
  }

  set(indicatorId: string, answer: Answer | null, base: number): void {
    const was = this.pending.get(indicatorId);
    // The base stays the version the author started from until the change is saved.
    this.pending.set(indicatorId, { answer, base: was?.base ?? base, at: new Date().toISOString(), held: was?.held });
    this.save();
  }

  update(indicatorId: string, change: Partial<PendingChange>): void {
    const was = this.pending.get(indicatorId);
    if (was) this.pending.set(indicatorId, { ...was, ...change });
    this.save();
  }

  delete(indicatorId: string): void {
    this.pending.delete(indicatorId);
    this.save();
  }

  /** Changes that wait for the server: everything but what it refused. */
  get waiting(): number {
    let n = 0;
    for (const change of this.pending.values()) if (change.held !== 'refused') n++;
    return n;
  }

  /** The changes to send now, grouped by the version they were made on (one PATCH each, oldest first). */
  ready(): [number, Map<string, PendingChange>][] {
    const groups = new Map<number, Map<string, PendingChange>>();
    for (const [id, change] of this.pending) {
      if (change.held) continue;
      const group = groups.get(change.base) ?? new Map<string, PendingChange>();
      groups.set(change.base, group.set(id, change));
    }
    return [...groups].sort(([a], [b]) => a - b);
  }

  save(): void {
    if (!this.user) return;
    this.stored = writeJson(this.key, this.toStored());
  }

  private toStored(): z.input<typeof StoredSchema> | undefined {
    return this.user && { user: this.user, pending: [...this.pending].map(([id, change]) => ({ id, ...change, held: change.held })) };
  }

  readCopy(): ServerCopy | undefined {
    const copy = CopySchema.safeParse(readJson(`${this.key}:copy`));
    return copy.success ? copy.data : undefined;
  }

  writeCopy(copy: ServerCopy): void {
    writeJson(`${this.key}:copy`, copy);
  }
}
