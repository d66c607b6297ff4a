import { Hono, type Context } from 'hono';
import { can, type User } from '../auth/can.js';
import { authenticate } from '../http/auth.js';
import type { AppEnv } from '../http/env.js';
import { getAssessment, listAssessments, type AssessmentRecord } from '../work/assessments.js';
import { getRegion, listPeriods, type RegionRecord } from '../work/regions.js';
import { assessmentTitle, progressMain, questionnaireMain, scorecardMain, verifyMain, type AssessmentView } from './assessment.js';
import { errorPage, homeOf, renderPage } from './layout.js';
import { pageLang } from './lang.js';
import { loginMain, safeNext } from './login.js';
import { pageMessages } from './messages.js';
import { regionMain } from './region.js';
import { WORKSPACE_CSS } from './styles.js';

type PageContext = Context<AppEnv>;

/** Signed-out visitors go to the login page, which brings them back here afterwards. */
function toLogin(c: PageContext): Response {
  const url = new URL(c.req.url);
  return c.redirect(`/login?next=${encodeURIComponent(url.pathname + url.search)}`);
}

/** The assessment in the path with its region, when the user may read it. */
async function readable(c: PageContext, user: User): Promise<{ assessment: AssessmentRecord; region: RegionRecord } | undefined> {
  const text = c.req.param('id') ?? '';
  if (!/^[1-9]\d{0,15}$/.test(text)) return undefined;
  const assessment = await getAssessment(c.var.deps.db, Number(text));
  if (!assessment || !can(user, 'assessment.read', assessment)) return undefined;
  const region = await getRegion(c.var.deps.db, assessment.regionCode);
  return region && { assessment, region };
}

/** Which of an assessment's pages a role may open. */
const mayOpen: Record<AssessmentView, (user: User, assessment: AssessmentRecord) => boolean> = {
  questionnaire: (user, assessment) => can(user, 'assessment.write', assessment),
  progress: (user) => user.role !== 'contributor',
  verify: (user, assessment) => can(user, 'verification.write', assessment),
  // Whoever reaches this far may read the assessment (readable() checked it).
  scorecard: () => true,
};
const render = { questionnaire: questionnaireMain, progress: progressMain, verify: verifyMain, scorecard: scorecardMain };

function assessmentPage(view: AssessmentView) {
  return async (c: PageContext) => {
    const lang = pageLang(c);
    const user = c.var.user;
    if (!user) return toLogin(c);
    const found = await readable(c, user);
    if (!found) return errorPage(c, lang, user, 404);
    if (!mayOpen[view](user, found.assessment)) {
      // Each role has a page of an assessment: assessors verify, viewers follow the progress.
      if (view === 'questionnaire') return c.redirect(`/assessments/${found.assessment.id}/${user.role === 'assessor' ? 'verify' : 'progress'}`);
      return errorPage(c, lang, user, 403);
    }
    return renderPage(c, { lang, user, title: assessmentTitle(lang, found.region, found.assessment), main: render[view](lang, user, found.region, found.assessment) });
  };
}

/**
 * The server's pages: HTML shells (escaped, no inline script or style) whose interactive
 * parts are the workspace elements of dist/cdn/workspace.js.
 */
export const pageRoutes = new Hono<AppEnv>()
  .get('/assets/workspace.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(WORKSPACE_CSS);
  })
  .use('*', async (c, next) => {
    // Pages are for people with a session cookie; the API's own check reads it.
    if (c.req.path.startsWith('/api/') || c.req.path === '/csp-report') return next();
    return authenticate(c, next);
  })
  .get('/', (c) => (c.var.user ? c.redirect(homeOf(c.var.user)) : c.redirect('/login')))
  .get('/login', (c) => {
    const lang = pageLang(c);
    const next = safeNext(c.req.query('next'));
    if (c.var.user) return c.redirect(next === '/' ? homeOf(c.var.user) : next);
    return renderPage(c, { lang, user: null, title: pageMessages[lang].loginTitle, main: loginMain(lang, next) });
  })
  .get('/regions/:code', async (c) => {
    const lang = pageLang(c);
    const user = c.var.user;
    if (!user) return toLogin(c);
    const region = await getRegion(c.var.deps.db, c.req.param('code'));
    if (!region || !can(user, 'region.read', { regionCode: region.code, province: region.province })) return errorPage(c, lang, user, 404);
    const [periods, assessments] = await Promise.all([listPeriods(c.var.deps.db), listAssessments(c.var.deps.db, user, { regionCode: region.code })]);
    return renderPage(c, { lang, user, title: pageMessages[lang].regionTitle(region.name), main: regionMain(lang, user, region, periods, assessments) });
  })
  .get('/assessments/:id', assessmentPage('questionnaire'))
  .get('/assessments/:id/progress', assessmentPage('progress'))
  .get('/assessments/:id/verify', assessmentPage('verify'))
  .get('/assessments/:id/scorecard', assessmentPage('scorecard'));
