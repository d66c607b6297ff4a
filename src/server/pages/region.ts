import { html } from 'hono/html';
import { can, type User } from '../auth/can.js';
import type { Lang } from '../../schema/localized.js';
import type { AssessmentRecord } from '../work/assessments.js';
import type { PeriodRecord, RegionRecord } from '../work/regions.js';
import type { Html } from './layout.js';
import { pageMessages } from './messages.js';

/** When something changed, as the page's language writes a date and time (Jakarta time). */
export function formatWhen(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' }).format(new Date(iso));
}

/** The links a role has to one assessment: its questionnaire, the team's progress, the verification. */
export function assessmentLinks(user: User, assessment: AssessmentRecord, lang: Lang): { href: string; text: string }[] {
  const t = pageMessages[lang];
  const base = `/assessments/${assessment.id}`;
  return [
    ...(can(user, 'assessment.write', assessment) ? [{ href: base, text: t.openQuestionnaire }] : []),
    ...(user.role !== 'contributor' ? [{ href: `${base}/progress`, text: t.openProgress }] : []),
    ...(can(user, 'verification.write', assessment) ? [{ href: `${base}/verify`, text: t.openVerify }] : []),
    { href: `${base}/scorecard`, text: t.openScorecard },
  ];
}

/** A region's workspace: its assessments by period; the coordinator starts the missing ones. */
export function regionMain(lang: Lang, user: User, region: RegionRecord, periods: PeriodRecord[], assessments: AssessmentRecord[]): Html {
  const t = pageMessages[lang];
  const byPeriod = new Map(assessments.map((a) => [a.periodId, a]));
  const mayStart = can(user, 'assessment.create', { regionCode: region.code });
  // Newest period first: the one being worked on.
  const rows = [...periods].reverse().map((period) => {
    const assessment = byPeriod.get(period.id);
    if (!assessment) {
      return html`<tr><th scope="row">${period.title}</th><td>${t.noAssessment}</td><td></td><td></td>
<td>${mayStart ? html`<smart-city-start-assessment lang="${lang}" region-code="${region.code}" period-id="${period.id}"></smart-city-start-assessment>` : ''}</td></tr>`;
    }
    const links = assessmentLinks(user, assessment, lang);
    return html`<tr><th scope="row">${period.title}</th><td><span class="status status-${assessment.status}">${t.statuses[assessment.status]}</span></td>
<td class="num">${assessment.version}</td><td>${formatWhen(assessment.updatedAt, lang)}</td>
<td><ul class="links">${links.map((l) => html`<li><a href="${l.href}">${l.text}</a></li>`)}</ul></td></tr>`;
  });
  return html`<h1>${t.regionTitle(region.name)}</h1>
<p class="lead">${t.regionIntro(region.province, region.code)}</p>
<h2 id="periods">${t.periodsTitle}</h2>
<div class="table-scroll" role="region" aria-labelledby="periods" tabindex="0">
<table>
<thead><tr><th scope="col">${t.period}</th><th scope="col">${t.status}</th><th scope="col">${t.version}</th><th scope="col">${t.updated}</th><th scope="col">${t.actions}</th></tr></thead>
<tbody>${rows}</tbody>
</table>
</div>
${can(user, 'region.settings', { regionCode: region.code })
  ? html`<h2 id="portal">${t.portalTitle}</h2>
<smart-city-portal-settings lang="${lang}" region-code="${region.code}" portal-origin="${region.portalOrigin ?? ''}"></smart-city-portal-settings>`
  : ''}`;
}
