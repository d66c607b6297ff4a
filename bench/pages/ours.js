// Benchmark page: our questionnaire on a generated framework, opened on its first element.
// As a portal would: the element is on the page (saying `own-framework`) while the framework,
// asked for in the page's head, is still on its way.
import { drive, questionsOf } from './measure.js';

// Where the first question's time goes (printed by bench/run.ts): this script runs once
// widgets.js has been evaluated (module scripts run in order).
const widgetsEvaluated = performance.now();
const responseEnd = (part) => performance.getEntriesByType('resource').find((e) => e.name.includes(part))?.responseEnd ?? NaN;

// Each run is a fresh browser profile, so no draft is ever found under this key.
const el = document.createElement('smart-city-questionnaire');
el.setAttribute('storage-key', 'bench');
el.setAttribute('step', 'e1');
el.setAttribute('own-framework', '');
document.querySelector('#host').append(el);
el.framework = await window.benchData;
const frameworkSet = performance.now();
if (el.step !== el.framework.elements[0].id) throw new Error('the bench opens the first element');

const root = () => el.shadowRoot;
const timed = await drive({
  questions: () => [...(root()?.querySelectorAll('[data-indicator]') ?? [])],
  // Level 2: below the generated rubric's evidence threshold (3), so our evidence fields stay
  // closed, as SurveyJS shows nothing more after a choice either.
  choice: (q) => q.querySelector('input[value="2"]'),
  isChosen: (q) => q?.querySelector('input[value="2"]')?.checked === true && q.querySelector('.choice.chosen') !== null,
  changeEvent: () => new Promise((resolve) => el.addEventListener('smart-city-change', () => resolve(performance.now()), { once: true })),
  page: () => el.step,
  pageSize: () => questionsOf(el.framework.elements.find((e) => e.id === el.step)),
  next: () => [...root().querySelectorAll('.pager button')].at(-1).click(),
});
window.bench = {
  ...timed,
  widgetsArrived: responseEnd('/dist/cdn/widgets.js'),
  frameworkArrived: responseEnd('/bench/.data/framework-'),
  widgetsEvaluated,
  frameworkSet,
  checkArrived: responseEnd('/chunks/parse-framework-'),
};
