import { createHash, randomBytes } from 'node:crypto';

/** A random secret for a cookie, a CSRF token or an API token (256 bits, base64url). */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** What the database keeps of a secret: its SHA-256, so a leaked table opens no session. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
