// Benchmark page: the same questionnaire in SurveyJS (survey-core + survey-js-ui): one page
// per element, each question a radio group of the five rubric texts plus a comment.
import { firstVisible } from './measure.js';

const size = new URLSearchParams(location.search).get('size') ?? '90';
const json = await (await fetch(`/bench/.data/survey-${size}.json`)).json();
const model = new window.Survey.Model(json);
let changed;
model.onValueChanged.add(() => changed?.(performance.now()));
window.SurveyUI.renderSurvey(model, document.querySelector('#host'));

const firstQuestion = await firstVisible(() => document.querySelector('.sd-question, .sv_q'));
window.bench = {
  firstQuestion,
  async switchStep() {
    const start = performance.now();
    const before = model.currentPageNo;
    const title = () => document.querySelector('.sd-question__title, .sd-question .sd-title')?.textContent;
    const oldTitle = title();
    // Done when the next page's first question is in the DOM and laid out (the same end point
    // as ours), watched with a MutationObserver so no frame boundary is added to the time.
    const shown = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (title() === oldTitle) return;
        observer.disconnect();
        document.querySelector('.sd-question')?.getBoundingClientRect();
        resolve();
      });
      observer.observe(document.querySelector('#host'), { childList: true, subtree: true, characterData: true });
    });
    model.nextPage();
    await shown;
    if (model.currentPageNo === before) throw new Error('no page change');
    return performance.now() - start;
  },
  async clickLevel() {
    const input = document.querySelector('.sd-question input[type=radio][value="3"]');
    const done = new Promise((resolve) => (changed = resolve));
    const start = performance.now();
    input.click();
    return (await done) - start;
  },
};
