/**
 * localStorage that never throws: sandboxed iframes deny access, private modes and full
 * quotas throw on write. A failed write flips `available` to false, so the widget can tell
 * the user once and carry on in memory.
 */
export class DraftStore {
  available = true;
  private storage: Storage | undefined;

  constructor() {
    try {
      this.storage = window.localStorage;
      const probe = '__smart-city-probe__';
      this.storage.setItem(probe, '1');
      this.storage.removeItem(probe);
    } catch {
      this.storage = undefined;
      this.available = false;
    }
  }

  read(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      this.available = false;
      return null;
    }
  }

  write(key: string, value: string): boolean {
    if (!this.storage) return false;
    try {
      this.storage.setItem(key, value);
      return true;
    } catch {
      this.available = false;
      return false;
    }
  }

  /** Every stored key that starts with `prefix`. */
  keys(prefix: string): string[] {
    try {
      const found: string[] = [];
      for (let n = 0; n < (this.storage?.length ?? 0); n++) {
        const key = this.storage?.key(n);
        if (key?.startsWith(prefix)) found.push(key);
      }
      return found;
    } catch {
      return [];
    }
  }

  remove(key: string): void {
    try {
      this.storage?.removeItem(key);
    } catch {
      // nothing to remove when storage is gone
    }
  }
}
