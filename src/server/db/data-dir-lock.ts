import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Raised when another live process holds the data directory. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`The data directory ${dataDir} is in use by process ${pid}. Stop that server first, or choose another --data directory.`);
    this.name = 'DataDirInUseError';
  }
}

const LOCK_FILE = 'smart-city-server.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the data directory for this process. Two processes opening one PGlite directory
 * corrupt it, and PGlite's own `postmaster.pid` cannot tell a live owner from a killed one
 * (after SIGKILL it holds -42 and the next open hangs). So the server keeps its own lock
 * with its real process id: a live owner is refused with its pid, a dead one's lock is taken
 * over and PGlite's stale pid file removed. Returns the function that releases the lock.
 */
export function lockDataDir(dataDir: string, pgdata: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) throw new DataDirInUseError(dataDir, owner);
      rmSync(path, { force: true });
      continue;
    }
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    // We own the directory now: any postmaster.pid in it is a killed process's leftover.
    rmSync(join(pgdata, 'postmaster.pid'), { force: true });
    let released = false;
    return () => {
      if (released) return;
      released = true;
      try {
        if (readFileSync(path, 'utf8').trim() === String(process.pid)) rmSync(path, { force: true });
      } catch {
        // already gone
      }
    };
  }
  throw new Error(`Could not take the lock ${path}.`);
}
