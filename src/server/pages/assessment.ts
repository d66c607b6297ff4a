import { html } from 'hono/html';
import { can, type User } from '../auth/can.js';
import type { Lang } from '../../schema/localized.js';
import type { AssessmentRecord } from '../work/assessments.js';
import type { RegionRecord } from '../work/regions.js';
import type { Html } from './layout.js';
import { pageMessages } from './messages.js';
import { assessmentLinks } from './region.js';

export type AssessmentView = 'questionnaire' | 'progress' | 'verify' | 'scorecard';

/** The title of an assessment's pages: the region and the period. */
export function assessmentTitle(lang: Lang, region: RegionRecord, assessment: AssessmentRecord): string {
  return pageMessages[lang].assessmentTitle(region.name, assessment.periodId);
}

/** The heading, the status and the links between the parts of an assessment the user may open. */
function assessmentHeader(lang: Lang, user: User, region: RegionRecord, assessment: AssessmentRecord, view: AssessmentView): Html {
  const t = pageMessages[lang];
  const current = `/assessments/${assessment.id}${view === 'questionnaire' ? '' : `/${view}`}`;
  const links = assessmentLinks(user, assessment, lang);
  return html`<p class="crumbs"><a href="/regions/${encodeURIComponent(region.code)}">${t.regionTitle(region.name)}</a></p>
<h1>${assessmentTitle(lang, region, assessment)}</h1>
<p class="lead">${t.statusLine(t.statuses[assessment.status], assessment.version)}</p>
${links.length > 1
  ? html`<nav class="tabs" aria-label="${t.assessmentNav}"><ul>${links.map((l) => html`<li><a href="${l.href}"${l.href === current ? html` aria-current="page"` : ''}>${l.text}</a></li>`)}</ul></nav>`
  : ''}`;
}

/** The questionnaire connected to the server, for the coordinator and the OPD contributors. */
export function questionnaireMain(lang: Lang, user: User, region: RegionRecord, assessment: AssessmentRecord): Html {
  const t = pageMessages[lang];
  return html`${assessmentHeader(lang, user, region, assessment, 'questionnaire')}
<p>${user.role === 'contributor' && user.opd ? t.contributorHint(user.opd) : t.coordinatorHint}</p>
<smart-city-questionnaire lang="${lang}" assessment-url="/api/assessments/${assessment.id}"></smart-city-questionnaire>`;
}

/** The coordinator's view: progress per OPD, assignments, lock, submit, publish (read-only for the others). */
export function progressMain(lang: Lang, user: User, region: RegionRecord, assessment: AssessmentRecord): Html {
  const manage = can(user, 'assessment.lock', assessment);
  return html`${assessmentHeader(lang, user, region, assessment, 'progress')}
<smart-city-progress lang="${lang}" assessment-id="${assessment.id}"${manage ? html` manage` : ''}></smart-city-progress>
${manage && assessment.status === 'draft' ? html`<smart-city-assignments lang="${lang}" assessment-id="${assessment.id}"></smart-city-assignments>` : ''}`;
}

/** The assessor's view: the self-assessment with its evidence, a verified level and comment per indicator. */
export function verifyMain(lang: Lang, user: User, region: RegionRecord, assessment: AssessmentRecord): Html {
  const t = pageMessages[lang];
  return html`${assessmentHeader(lang, user, region, assessment, 'verify')}
<p>${t.verifyIntro}</p>
<smart-city-verify lang="${lang}" assessment-id="${assessment.id}"></smart-city-verify>`;
}

/** The newest version's scorecard, with the verified result beside it once there is one: for everyone who may read the assessment. */
export function scorecardMain(lang: Lang, user: User, region: RegionRecord, assessment: AssessmentRecord): Html {
  const t = pageMessages[lang];
  return html`${assessmentHeader(lang, user, region, assessment, 'scorecard')}
<p>${t.scorecardIntro}</p>
<smart-city-assessment-scorecard lang="${lang}" assessment-id="${assessment.id}"></smart-city-assessment-scorecard>`;
}
