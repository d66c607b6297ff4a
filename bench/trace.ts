// Reading a Chromium trace of a benchmark page.
/** Chromium trace events as `page.tracing` writes them (the fields read here). */
export interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; cat: string }
export type Trace = { traceEvents: TraceEvent[] };

/**
 * Milliseconds the page's main thread spent in tasks between the user-timing marks
 * `<mark>-start` and `<mark>-end`: every top-level task on the thread that made the marks,
 * nested run loops counted once.
 */
export function mainThreadBusy(trace: Trace, mark: string): number {
  const events = trace.traceEvents;
  const start = events.find((e) => e.name === `${mark}-start`);
  const end = events.find((e) => e.name === `${mark}-end`);
  if (!start || !end) throw new Error(`the trace has no marks ${mark}-start/-end`);
  const tasks = events
    .filter((e) => e.ph === 'X' && e.cat.split(',').includes('toplevel') && e.pid === start.pid && e.tid === start.tid && e.ts >= start.ts && e.ts < end.ts)
    .sort((a, b) => a.ts - b.ts);
  let busy = 0;
  let until = -Infinity;
  for (const task of tasks) {
    const taskEnd = task.ts + (task.dur ?? 0);
    if (task.ts >= until) busy += task.dur ?? 0;
    else if (taskEnd > until) busy += taskEnd - until; // a nested task reaching past its parent
    until = Math.max(until, taskEnd);
  }
  return busy / 1000;
}
