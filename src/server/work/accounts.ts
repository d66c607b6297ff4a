import { single, type Database, type Queryable } from '../db/database.js';
import type { User } from '../auth/can.js';
import { hashPassword } from '../auth/password.js';
import { newSecret, secretHash } from '../auth/secrets.js';
import type { UserInput } from '../schemas.js';
import { ApiError } from '../http/errors.js';
import { audit, isUniqueViolation } from './audit.js';

/** How long a sign-in lasts. */
export const SESSION_HOURS = 12;

interface UserRow {
  id: string | number;
  email: string;
  name: string;
  role: User['role'];
  region_code: string | null;
  province: string | null;
  opd: string | null;
}

export const USER_COLUMNS = 'u.id, u.email, u.name, u.role, u.region_code, u.province, u.opd';

export function toUser(row: UserRow): User {
  return { id: Number(row.id), email: row.email, name: row.name, role: row.role, regionCode: row.region_code, province: row.province, opd: row.opd };
}

export async function createUser(db: Database, input: UserInput, actorId: number | null): Promise<User> {
  if ((input.role === 'coordinator' || input.role === 'contributor' || input.role === 'assessor') && !input.regionCode) {
    throw new ApiError('region_required');
  }
  if (input.role === 'contributor' && !input.opd) throw new ApiError('opd_required');
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    try {
      const row = single(await tx.query<UserRow>(
        `insert into users (email, name, role, region_code, province, opd, password_hash) values ($1, $2, $3, $4, $5, $6, $7)
         returning id, email, name, role, region_code, province, opd`,
        [input.email, input.name, input.role, input.regionCode ?? null, input.province ?? null, input.opd ?? null, passwordHash],
      ));
      const user = toUser(row);
      await audit(tx, { userId: actorId, action: 'create', entity: 'user', entityId: String(user.id), after: user });
      return user;
    } catch (error) {
      if (isUniqueViolation(error)) throw new ApiError('already_exists');
      if ((error as { code?: unknown }).code === '23503') throw new ApiError('not_found', { what: 'region' });
      throw error;
    }
  });
}

export async function findLogin(db: Queryable, email: string): Promise<(User & { passwordHash: string }) | undefined> {
  const [row] = await db.query<UserRow & { password_hash: string }>(
    `select ${USER_COLUMNS}, u.password_hash from users u where u.email = $1 and u.disabled_at is null`,
    [email],
  );
  return row && { ...toUser(row), passwordHash: row.password_hash };
}

/** A new session: the cookie's secret (only its hash is stored) and its CSRF token. */
export async function createSession(db: Database, userId: number): Promise<{ secret: string; csrfToken: string }> {
  const secret = newSecret();
  const csrfToken = newSecret();
  await db.transaction(async (tx) => {
    // Expired sessions are useless; sweeping them at each sign-in keeps the table small.
    await tx.query('delete from sessions where expires_at < now()');
    await tx.query(`insert into sessions (token_hash, user_id, csrf_token, expires_at) values ($1, $2, $3, now() + interval '${SESSION_HOURS} hours')`, [secretHash(secret), userId, csrfToken]);
    await audit(tx, { userId, action: 'login', entity: 'user', entityId: String(userId) });
  });
  return { secret, csrfToken };
}

export async function sessionUser(db: Queryable, secret: string): Promise<{ user: User; csrfToken: string } | undefined> {
  const [row] = await db.query<UserRow & { csrf_token: string }>(
    `select ${USER_COLUMNS}, s.csrf_token from sessions s join users u on u.id = s.user_id
     where s.token_hash = $1 and s.expires_at > now() and u.disabled_at is null`,
    [secretHash(secret)],
  );
  return row && { user: toUser(row), csrfToken: row.csrf_token };
}

export async function endSession(db: Database, secret: string, userId: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('delete from sessions where token_hash = $1', [secretHash(secret)]);
    await audit(tx, { userId, action: 'logout', entity: 'user', entityId: String(userId) });
  });
}

/** A new API token for `userId`: returned once, stored only as its hash. */
export async function createToken(db: Database, userId: number, name: string): Promise<{ id: number; name: string; token: string }> {
  const token = newSecret('scm_');
  return db.transaction(async (tx) => {
    const row = single(await tx.query<{ id: string | number }>('insert into api_tokens (user_id, name, token_hash) values ($1, $2, $3) returning id', [userId, name, secretHash(token)]));
    const id = Number(row.id);
    await audit(tx, { userId, action: 'create', entity: 'api_token', entityId: String(id), after: { name } });
    return { id, name, token };
  });
}

export async function tokenUser(db: Queryable, token: string): Promise<User | undefined> {
  const [row] = await db.query<UserRow>(
    `update api_tokens t set last_used_at = now() from users u
     where t.token_hash = $1 and t.revoked_at is null and u.id = t.user_id and u.disabled_at is null
     returning ${USER_COLUMNS}`,
    [secretHash(token)],
  );
  return row && toUser(row);
}
