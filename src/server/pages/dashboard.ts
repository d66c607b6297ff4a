import { Hono, type Context } from 'hono';
import { html } from 'hono/html';
import { REGION_CODE } from '../../schema/assessment.js';
import type { Lang } from '../../schema/localized.js';
import type { AppEnv } from '../http/env.js';
import { getRegion } from '../work/regions.js';
import { pageLang } from './lang.js';
import { renderPage } from './layout.js';

/**
 * The dashboard page (`/dashboard`) and a region's published scorecard
 * (`/regions/{code}/scorecard`), server-rendered shells under the strict CSP: no inline script
 * or style, every value escaped (hono's `html`), the data fetched by the elements themselves
 * (`<smart-city-dashboard src="/api/dashboard">`), in the shared layout of the server's pages.
 */

const words = {
  id: {
    title: 'Dasbor Daerah',
    heading: 'Hasil swanilai daerah',
    scorecardTitle: (region: string) => `Kartu skor ${region}`,
    description: 'Hasil swanilai yang telah diterbitkan oleh daerah-daerah Gerakan Menuju 100 Smart City.',
    back: 'Kembali ke dasbor',
  },
  en: {
    title: 'Regions Dashboard',
    heading: "The regions' self-assessment results",
    scorecardTitle: (region: string) => `Scorecard of ${region}`,
    description: 'The published self-assessment results of the regions of Gerakan Menuju 100 Smart City.',
    back: 'Back to the dashboard',
  },
} satisfies Record<Lang, unknown>;

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

/** Signed-out visitors go to the login page, which brings them back afterwards. */
function toLogin(c: Context<AppEnv>): Response {
  const url = new URL(c.req.url);
  return c.redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`);
}

/** Mounted after the other pages (pages/routes.ts), whose middleware has found the signed-in user. */
export const dashboardPageRoutes = new Hono<AppEnv>()
  .get('/dashboard', (c) => {
    const user = c.var.user;
    if (!user) return toLogin(c);
    const lang = pageLang(c);
    const w = words[lang];
    // The element introduces itself (its h2 and a sentence): the page adds only its h1.
    const main = html`<h1>${w.heading}</h1>
${dashboardMain(lang, filters(c))}`;
    return renderPage(c, { lang, user, title: w.title, description: w.description, main, script: '/dist/cdn/dashboard.js' });
  })
  // A region's published scorecard, the dashboard's link target: the public report in
  // <smart-city-scorecard src>, so it needs no sign-in and shows what the region's portal shows.
  .get('/regions/:code/scorecard', async (c) => {
    const lang = pageLang(c);
    const code = c.req.param('code');
    if (!REGION_CODE.test(code)) return c.notFound();
    const region = await getRegion(c.var.deps.db, code);
    const { period } = filters(c);
    const src = `/api/public/regions/${encodeURIComponent(code)}/report${period ? `?period=${encodeURIComponent(period)}` : ''}`;
    const title = words[lang].scorecardTitle(region ? `${region.name} (${code})` : code);
    const main = html`<p class="crumbs"><a href="/dashboard">${words[lang].back}</a></p>
<h1>${title}</h1>
<smart-city-scorecard lang="${lang}" src="${src}"></smart-city-scorecard>`;
    return renderPage(c, { lang, user: c.var.user ?? null, title, main });
  });
