import { loadDefaultFramework as loadChunk, type Framework } from '../../src/internal.js';

let loading: Promise<Framework> | undefined;

/**
 * The built-in framework, loaded on first use: its text is a chunk of its own, so a page
 * that passes its own framework never downloads it.
 */
export function loadDefaultFramework(): Promise<Framework> {
  loading ??= loadChunk();
  return loading;
}
