/**
 * Which element holds which draft key on this page. Two questionnaires with one key would
 * overwrite each other's draft on every change, so the second to claim a key is told.
 */
const holders = new Map<string, Element>();

/** Claims `key` for `owner`; returns `false` when another connected element holds it. */
export function claimStorageKey(key: string, owner: Element): boolean {
  for (const [held, element] of holders) if (element === owner && held !== key) holders.delete(held);
  const holder = holders.get(key);
  if (holder && holder !== owner && holder.isConnected) return false;
  holders.set(key, owner);
  return true;
}

/** Gives up every key `owner` holds (it left the page). */
export function releaseStorageKeys(owner: Element): void {
  for (const [key, element] of holders) if (element === owner) holders.delete(key);
}
