import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Lang } from '../../schema/localized.js';
import type { AppEnv } from '../http/env.js';

export const LANG_COOKIE = 'scm_lang';

/**
 * A page's language: `?lang=` (then remembered in a cookie for the next pages), else the
 * remembered one, else Bahasa Indonesia. Not Accept-Language: many officials' browsers are
 * set to English, and the programme's pages speak Indonesian unless asked otherwise.
 */
export function pageLang(c: Context<AppEnv>): Lang {
  const asked = c.req.query('lang');
  if (asked === 'id' || asked === 'en') {
    setCookie(c, LANG_COOKIE, asked, { path: '/', sameSite: 'Lax', httpOnly: true, maxAge: 365 * 24 * 3600 });
    return asked;
  }
  const remembered = getCookie(c, LANG_COOKIE);
  if (remembered === 'id' || remembered === 'en') return remembered;
  return 'id';
}
