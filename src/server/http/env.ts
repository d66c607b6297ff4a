import type { User } from '../auth/can.js';
import type { LoginLimiter } from '../auth/rate-limit.js';
import type { Database } from '../db/database.js';
import type { Lang } from '../../schema/localized.js';
import type { Frameworks } from '../work/assessments.js';

/** What every route can reach: the database, the frameworks and the request's caller. */
export interface AppEnv {
  Variables: {
    lang: Lang;
    user: User | null;
    /** How the caller proved who it is: a session cookie (CSRF applies) or an API token. */
    via: 'session' | 'token' | null;
    sessionSecret: string | null;
    /** The session's CSRF token (cookie sessions only), answered by /api/auth/me for pages that load after sign-in. */
    csrfToken: string | null;
    deps: AppDeps;
  };
}

export interface AppDeps {
  db: Database;
  frameworks: Frameworks;
  limiter: LoginLimiter;
  /** Mark cookies Secure. Default: when the request came over https (or `trustProxy` says so). */
  secureCookies: boolean | 'auto';
  /** Trust X-Forwarded-For / X-Forwarded-Proto from a reverse proxy in front. */
  trustProxy: boolean;
}
