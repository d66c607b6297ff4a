// Run before the browser tests: makes sure a local Chromium exists, installing Debian's
// package when we can (root + apt-get), otherwise says clearly what to install.
import { execFileSync } from 'node:child_process';
import { findChrome } from './find-chrome.mjs';

if (findChrome()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let hasApt = false;
try {
  execFileSync('which', ['apt-get'], { stdio: 'ignore' });
  hasApt = true;
} catch {
  hasApt = false;
}

if (isRoot && hasApt) {
  console.log('No Chrome/Chromium found: installing Debian\'s chromium package…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (findChrome()) process.exit(0);
}

console.error(
  'No Chrome or Chromium was found for the browser tests.\n' +
    'Install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to its executable.',
);
process.exit(1);
