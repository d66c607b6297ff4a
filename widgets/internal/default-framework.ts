import { loadDefaultFramework as loadChunk, type Framework } from '../../src/internal.js';

let loading: Promise<Framework> | undefined;

/**
 * The built-in framework, loaded on first use: its text is a chunk of its own, so a page
 * that passes its own framework never downloads it. A failed load is not remembered, so a
 * later widget (or a reload of the chunk after a network hiccup) tries again.
 */
export function loadDefaultFramework(): Promise<Framework> {
  loading ??= loadChunk().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
