/** Runs `work` when the browser is idle (soon after, where there is no requestIdleCallback). */
export const whenIdle = (work: () => void, timeout = 1000): number =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout }) : window.setTimeout(work, 50);

/** Cancels what `whenIdle` scheduled. */
export const cancelIdle = (handle: number): void => (typeof cancelIdleCallback === 'function' ? cancelIdleCallback(handle) : clearTimeout(handle));
