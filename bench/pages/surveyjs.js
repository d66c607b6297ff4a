// Benchmark page: the same questionnaire in SurveyJS (survey-core + survey-js-ui), built by
// bench/run.ts (toSurveyJs): one page per element, a panel per sub-element, each question a
// radio group of the five rubric levels plus "not applicable".
import { drive } from './measure.js';

const json = await window.benchData;
const model = new window.Survey.Model(json);
let changed;
model.onValueChanged.add(() => changed?.(performance.now()));
window.SurveyUI.renderSurvey(model, document.querySelector('#host'));

window.bench = await drive({
  questions: () => [...document.querySelectorAll('.sd-question')],
  choice: (q) => q.querySelector('input[type=radio][value="2"]'),
  isChosen: (q) => q?.querySelector('input[type=radio][value="2"]')?.checked === true && q.querySelector('.sd-item--checked') !== null,
  changeEvent: () => new Promise((resolve) => (changed = resolve)),
  page: () => model.currentPageNo,
  pageSize: () => model.currentPage.questions.length,
  next: () => {
    const button = document.querySelector('.sd-navigation__next-btn');
    if (button) button.click();
    else model.nextPage();
  },
});
