import { Hono, type Context } from 'hono';
import { html } from 'hono/html';
import { REGION_CODE } from '../../schema/assessment.js';
import type { Lang } from '../../schema/localized.js';
import { authenticate } from '../http/auth.js';
import type { AppEnv } from '../http/env.js';

/**
 * The dashboard page (`/dashboard`) and a region's published scorecard
 * (`/regions/{code}/scorecard`), server-rendered shells under the strict CSP: no inline script
 * or style, every value escaped (hono's `html`), the data fetched by the elements themselves
 * (`<smart-city-dashboard src="/api/dashboard">`). Self-contained for now: the shared page
 * layout can take `dashboardMain` as its `<main>`.
 */

const words = {
  id: {
    app: 'Swanilai Smart City',
    title: 'Dasbor Daerah',
    scorecardTitle: (code: string) => `Kartu skor daerah ${code}`,
    description: 'Hasil swanilai yang telah diterbitkan oleh daerah-daerah Gerakan Menuju 100 Smart City.',
    skip: 'Langsung ke isi',
    otherLanguage: 'English',
    back: 'Kembali ke dasbor',
  },
  en: {
    app: 'Smart City Self-Assessment',
    title: 'Regions Dashboard',
    scorecardTitle: (code: string) => `Scorecard of region ${code}`,
    description: 'The published self-assessment results of the regions of Gerakan Menuju 100 Smart City.',
    skip: 'Skip to content',
    otherLanguage: 'Bahasa Indonesia',
    back: 'Back to the dashboard',
  },
} satisfies Record<Lang, unknown>;

/** The page's language: `?lang=en`, else Bahasa Indonesia. */
const langOf = (c: Context<AppEnv>): Lang => (c.req.query('lang') === 'en' ? 'en' : 'id');

/** This URL in the other language, the rest of the query kept. */
function otherLanguageHref(c: Context<AppEnv>, lang: Lang): string {
  const url = new URL(c.req.url);
  url.searchParams.set('lang', lang === 'id' ? 'en' : 'id');
  return `${url.pathname}${url.search}`;
}

/** The filters a shared link carries, checked before they reach an attribute. */
function filters(c: Context<AppEnv>): { province: string; cohort: string; period: string } {
  const province = (c.req.query('province') ?? '').slice(0, 200);
  const cohort = /^\d{4}$/.test(c.req.query('cohort') ?? '') ? (c.req.query('cohort') ?? '') : '';
  const period = /^[\w.-]{1,40}$/.test(c.req.query('period') ?? '') ? (c.req.query('period') ?? '') : '';
  return { province, cohort, period };
}

/** The dashboard page's `<main>` content. */
export function dashboardMain(lang: Lang, query: { province: string; cohort: string; period: string }) {
  return html`<smart-city-dashboard lang="${lang}" src="/api/dashboard" province="${query.province}" ${query.cohort ? html`cohort="${query.cohort}" ` : ''}period="${query.period}"
      scorecard-href="/regions/{code}/scorecard?period={period}&amp;lang=${lang}"></smart-city-dashboard>`;
}

/** A page; `heading` false: the element in `main` carries the page's title (the dashboard's), so the application's name is the h1. */
function page(c: Context<AppEnv>, lang: Lang, title: string, main: ReturnType<typeof dashboardMain>, script: string, heading = true) {
  const w = words[lang];
  return c.html(html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${w.app}</title>
<meta name="description" content="${w.description}">
<link rel="stylesheet" href="/pages/dashboard.css">
<script type="module" src="${script}"></script>
</head>
<body>
<a class="skip" href="#main">${w.skip}</a>
<header class="bar">${heading ? html`<p class="app">${w.app}</p>` : html`<h1 class="app">${w.app}</h1>`}<a href="${otherLanguageHref(c, lang)}" lang="${lang === 'id' ? 'en' : 'id'}">${w.otherLanguage}</a></header>
<main id="main" tabindex="-1">
${heading ? html`<h1>${title}</h1>` : ''}
${main}
</main>
</body>
</html>`);
}

/** Signed-out visitors go to the login page, which brings them back afterwards. */
function toLogin(c: Context<AppEnv>): Response {
  const url = new URL(c.req.url);
  return c.redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`);
}

/** The page's stylesheet (the strict CSP allows no inline style). */
export const DASHBOARD_PAGE_CSS = `*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1f2933; background: #ffffff; line-height: 1.5; }
.skip { position: absolute; left: -999px; top: 0; background: #1d4ed8; color: #fff; padding: 0.5em 1em; }
.skip:focus { left: 0.5em; z-index: 10; }
.bar { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 0.5em 1em; padding: 0.75em max(1em, calc((100% - 78em) / 2)); border-bottom: 1px solid #c5ccd6; background: #f3f5f8; }
.bar .app { margin: 0; font-weight: 700; font-size: 1em; }
.bar a, main a { color: #1d4ed8; }
main { display: block; max-width: 78em; margin: 0 auto; padding: 1em; }
main:focus { outline: none; }
h1 { font-size: 1.6em; margin: 0 0 0.5em; }
:focus-visible { outline: 3px solid #b45309; outline-offset: 2px; }
smart-city-dashboard:not(:defined), smart-city-scorecard:not(:defined) { display: block; min-height: 40em; }
@media print { .bar, .skip { display: none; } main { max-width: none; padding: 0; } }
`;

export const dashboardPageRoutes = new Hono<AppEnv>()
  .get('/pages/dashboard.css', (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(DASHBOARD_PAGE_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  })
  .use('/dashboard', authenticate)
  .get('/dashboard', (c) => {
    if (!c.var.user) return toLogin(c);
    const lang = langOf(c);
    return page(c, lang, words[lang].title, dashboardMain(lang, filters(c)), '/dist/cdn/dashboard.js', false);
  })
  // A region's published scorecard, the dashboard's link target: the public report in
  // <smart-city-scorecard src>, so it needs no sign-in and shows what the region's portal shows.
  .get('/regions/:code/scorecard', (c) => {
    const lang = langOf(c);
    const code = c.req.param('code');
    if (!REGION_CODE.test(code)) return c.notFound();
    const { period } = filters(c);
    const src = `/api/public/regions/${encodeURIComponent(code)}/report${period ? `?period=${encodeURIComponent(period)}` : ''}`;
    const main = html`<p><a href="/dashboard?lang=${lang}">${words[lang].back}</a></p>
<smart-city-scorecard lang="${lang}" src="${src}"></smart-city-scorecard>`;
    return page(c, lang, words[lang].scorecardTitle(code), main, '/dist/cdn/widgets.js');
  });
