/**
 * localStorage that never throws: sandboxed iframes deny access, private modes and full
 * quotas throw on write. A failed write flips `available` to false, so the widget can tell
 * the user once and carry on in memory.
 */
export class DraftStore {
  private usable = true;
  private opened: Storage | undefined | null = null;
  /** Writes waiting for idle time: key → the text to write (made only when written) and who to tell. */
  private pending = new Map<string, { value: () => string; written: (ok: boolean) => void }>();
  private scheduled = false;

  /** Whether drafts can be stored (false once localStorage refused access or a write). */
  get available(): boolean {
    return this.storage !== undefined && this.usable;
  }

  set available(value: boolean) {
    this.usable = value;
  }

  /**
   * localStorage, probed at first use: the first touch loads the origin's whole store, some
   * milliseconds a widget calls `open()` for when the browser is idle rather than at its start.
   */
  open(): void {
    if (this.opened !== null) return;
    try {
      const storage = window.localStorage;
      const probe = '__smart-city-probe__';
      storage.setItem(probe, '1');
      storage.removeItem(probe);
      this.opened = storage;
    } catch {
      this.opened = undefined;
    }
  }

  private get storage(): Storage | undefined {
    this.open();
    return this.opened ?? undefined;
  }

  read(key: string): string | null {
    if (this.pending.has(key)) this.flush(); // a read sees the latest write
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

  /**
   * Writes `value()` when the browser is idle, or at `flush()` (call it on `pagehide` and when
   * the page is hidden, so closing a tab loses nothing). A later write of the same key replaces
   * the waiting one: a burst of clicks is serialised and stored once.
   */
  writeSoon(key: string, value: () => string, written: (ok: boolean) => void): void {
    this.pending.set(key, { value, written });
    if (this.scheduled) return;
    this.scheduled = true;
    const flush = () => this.flush();
    if (typeof requestIdleCallback === 'function') requestIdleCallback(flush, { timeout: 1000 });
    else setTimeout(flush, 200);
  }

  /** Every waiting write, now. */
  flush(): void {
    this.scheduled = false;
    const waiting = [...this.pending];
    this.pending.clear();
    for (const [key, { value, written }] of waiting) written(this.write(key, value()));
  }

  /** Every stored key that starts with `prefix`. */
  keys(prefix: string): string[] {
    if ([...this.pending.keys()].some((key) => key.startsWith(prefix))) this.flush();
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
    this.pending.delete(key); // a waiting write must not bring it back
    try {
      this.storage?.removeItem(key);
    } catch {
      // nothing to remove when storage is gone
    }
  }
}
