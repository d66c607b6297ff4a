// A fixed piece of work timed on its own, so runs on different machines (or on one shared
// machine at busier and quieter times) can be told apart before their numbers are compared.

/** Milliseconds for a fixed integer loop: the median of three, after one warm-up. */
export function referenceLoopMs(): number {
  const times: number[] = [];
  for (let run = 0; run < 4; run++) {
    const start = performance.now();
    let x = 0;
    for (let i = 0; i < 100_000_000; i++) x += i % 7;
    const ms = performance.now() - start;
    if (x === -1) console.log(x); // keeps the loop observable
    if (run > 0) times.push(ms);
  }
  times.sort((a, b) => a - b);
  return times[1] ?? NaN;
}
