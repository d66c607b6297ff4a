/** Runs `work` when the browser is idle (soon after, where there is no requestIdleCallback). */
export const whenIdle = (work: () => void, timeout = 1000): number =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout }) : window.setTimeout(work, 50);

/** Cancels what `whenIdle` scheduled. */
export const cancelIdle = (handle: number): void => (typeof cancelIdleCallback === 'function' ? cancelIdleCallback(handle) : clearTimeout(handle));

/**
 * Runs `work` once the next frame has been painted: what a click changed shows first, and work
 * that can follow a frame later does not hold that paint back. A hidden page paints no frames,
 * so `work` runs after `fallbackMs` at the latest.
 */
export function afterNextPaint(work: () => void, fallbackMs = 100): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    work();
  };
  requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, fallbackMs);
}
