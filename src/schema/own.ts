/**
 * The entry of a record for a key it holds itself, never one inherited from `Object.prototype`:
 * records read from files are looked up with this (an id like `constructor` must not find
 * `Object.prototype.constructor`).
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && record !== null && Object.hasOwn(record, key) ? record[key] : undefined;
}
