import type { Context } from 'hono';
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { User } from '../auth/can.js';
import type { Lang } from '../../schema/localized.js';
import type { AppEnv } from '../http/env.js';
import { pageMessages } from './messages.js';

/** HTML built with hono's `html` tag: every interpolated string is escaped. */
export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface PageShell {
  lang: Lang;
  title: string;
  /** The signed-in account, for the header (name, role, sign-out); none on the login page. */
  user: User | null;
  main: Html;
  status?: number;
  /** The page's one-sentence summary for search engines and link previews. */
  description?: string;
  /** A module to load beside the workspace bundle (the dashboard's). */
  script?: string;
}

/** The URL of this page in the other language (the query kept, `lang` replaced). */
function otherLanguageHref(c: Context<AppEnv>, lang: Lang): string {
  const url = new URL(c.req.url);
  url.searchParams.set('lang', lang === 'id' ? 'en' : 'id');
  return `${url.pathname}${url.search}`;
}

/** Where a user's work starts: its region's workspace, or the dashboard for viewers and the admin. */
export function homeOf(user: User): string {
  if (user.role === 'viewer' || user.role === 'admin' || user.regionCode === null) return '/dashboard';
  return `/regions/${encodeURIComponent(user.regionCode)}`;
}

/**
 * Every server page: a header (the application, the user's places, the language switch,
 * sign-out), the page's own `<main>`, the stylesheet and the workspace bundle. No inline
 * script or style (the strict CSP). Other pages (the dashboard) call it with their own main.
 */
export function renderPage(c: Context<AppEnv>, shell: PageShell): Response | Promise<Response> {
  const t = pageMessages[shell.lang];
  const { user } = shell;
  const places = user
    ? [
        ...(user.regionCode ? [{ href: `/regions/${encodeURIComponent(user.regionCode)}`, text: t.workspace }] : []),
        ...(user.role === 'viewer' || user.role === 'admin' ? [{ href: '/dashboard', text: t.dashboard }] : []),
      ]
    : [];
  const path = new URL(c.req.url).pathname;
  const page = html`<!doctype html>
<html lang="${shell.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${shell.title} · ${t.app}</title>
${shell.description ? html`<meta name="description" content="${shell.description}">` : ''}
<link rel="stylesheet" href="/assets/workspace.css">
<script type="module" src="/dist/cdn/workspace.js"></script>
${shell.script ? html`<script type="module" src="${shell.script}"></script>` : ''}
</head>
<body>
<a class="skip" href="#main">${t.skip}</a>
<header class="top">
  <a class="brand" href="/">${t.app}</a>
  ${places.length > 0
    ? html`<nav aria-label="${t.nav}"><ul>${places.map((p) => html`<li><a href="${p.href}"${p.href === path ? html` aria-current="page"` : ''}>${p.text}</a></li>`)}</ul></nav>`
    : ''}
  <div class="account">
    <a href="${otherLanguageHref(c, shell.lang)}" lang="${shell.lang === 'id' ? 'en' : 'id'}" hreflang="${shell.lang === 'id' ? 'en' : 'id'}">${t.otherLanguage}</a>
    ${user ? html`<span class="who">${t.signedInAs(user.name, t.roles[user.role])}</span><smart-city-sign-out lang="${shell.lang}"></smart-city-sign-out>` : ''}
  </div>
</header>
<main id="main" tabindex="-1">
${shell.main}
</main>
</body>
</html>`;
  return c.html(page, (shell.status ?? 200) as 200);
}

/** A page that says in words what went wrong (404: not there or not yours; 403: not for your role). */
export function errorPage(c: Context<AppEnv>, lang: Lang, user: User | null, status: 403 | 404): Response | Promise<Response> {
  const t = pageMessages[lang];
  const title = status === 404 ? t.notFoundTitle : t.forbiddenTitle;
  return renderPage(c, {
    lang,
    title,
    user,
    status,
    main: html`<h1>${title}</h1><p>${status === 404 ? t.notFound : t.forbidden}</p><p><a href="/">${t.backHome}</a></p>`,
  });
}
