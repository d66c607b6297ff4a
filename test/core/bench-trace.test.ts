import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mainThreadBusy, type TraceEvent } from '../../bench/trace.js';

// The harness's "all work per answer": tasks on the marking thread between two marks.
const task = (ts: number, dur: number, thread = 1): TraceEvent => ({ name: 'ThreadControllerImpl::RunTask', cat: 'disabled-by-default-devtools.timeline,toplevel', ph: 'X', ts, dur, pid: 7, tid: thread });
const mark = (name: string, ts: number): TraceEvent => ({ name, cat: 'blink.user_timing', ph: 'R', ts, pid: 7, tid: 1 });

describe('bench: main-thread time between two marks', () => {
  it('sums the tasks between the marks on the marking thread, a nested task once', () => {
    const traceEvents = [
      task(500, 400), // before the start mark
      mark('m-start', 1000),
      task(1000, 2000), // 1000–3000
      task(1500, 500), // nested in the one above: not counted again
      task(2500, 1000), // starts inside, ends at 3500: adds 500
      task(5000, 1500, 2), // another thread
      task(6000, 250),
      { ...task(7000, 900), cat: 'v8' }, // not a top-level task
      mark('m-end', 8000),
      task(8000, 3000), // after the end mark
    ];
    // 2000 + 500 + 250 µs
    assert.equal(mainThreadBusy({ traceEvents }, 'm'), 2.75);
  });

  it('says so when a mark is missing', () => {
    assert.throws(() => mainThreadBusy({ traceEvents: [mark('m-start', 1)] }, 'm'), /no marks m-start/);
  });
});
