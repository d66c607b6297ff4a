/**
 * The workspace server's pages' elements (dist/cdn/workspace.js, loaded by every server
 * page beside widgets.js): sign-in and sign-out, starting an assessment, the team progress
 * with lock/submit/publish, the assignments per OPD, the assessor's verification and an
 * assessment's scorecard.
 */
import { SmartCityAssessmentScorecard } from './assessment-scorecard.component.js';
import { SmartCityAssignments } from './assignments.component.js';
import { SmartCityLogin } from './login.component.js';
import { SmartCityPortalSettings } from './portal-settings.component.js';
import { SmartCityProgress } from './progress.component.js';
import { SmartCitySignOut } from './sign-out.component.js';
import { SmartCityStartAssessment } from './start-assessment.component.js';
import { SmartCityVerify } from './verify.component.js';

export { SmartCityAssessmentScorecard, SmartCityAssignments, SmartCityLogin, SmartCityPortalSettings, SmartCityProgress, SmartCitySignOut, SmartCityStartAssessment, SmartCityVerify };

const tags: [string, CustomElementConstructor][] = [
  ['smart-city-login', SmartCityLogin],
  ['smart-city-sign-out', SmartCitySignOut],
  ['smart-city-start-assessment', SmartCityStartAssessment],
  ['smart-city-progress', SmartCityProgress],
  ['smart-city-assignments', SmartCityAssignments],
  ['smart-city-verify', SmartCityVerify],
  ['smart-city-assessment-scorecard', SmartCityAssessmentScorecard],
  ['smart-city-portal-settings', SmartCityPortalSettings],
];
for (const [tag, element] of tags) if (!customElements.get(tag)) customElements.define(tag, element);

declare global {
  interface HTMLElementTagNameMap {
    'smart-city-login': SmartCityLogin;
    'smart-city-sign-out': SmartCitySignOut;
    'smart-city-start-assessment': SmartCityStartAssessment;
    'smart-city-progress': SmartCityProgress;
    'smart-city-assignments': SmartCityAssignments;
    'smart-city-verify': SmartCityVerify;
    'smart-city-assessment-scorecard': SmartCityAssessmentScorecard;
    'smart-city-portal-settings': SmartCityPortalSettings;
  }
}
