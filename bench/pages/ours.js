// Benchmark page: our questionnaire on a generated framework, opened on its first element.
import { drive } from './measure.js';

const size = new URLSearchParams(location.search).get('size') ?? '90';
const framework = await (await fetch(`/bench/.data/framework-${size}.json`)).json();
const el = document.createElement('smart-city-questionnaire');
el.setAttribute('storage-key', `bench-${Math.random()}`);
el.setAttribute('step', framework.elements[0].id);
el.setAttribute('own-framework', '');
el.framework = framework;
document.querySelector('#host').append(el);

const root = () => el.shadowRoot;
window.bench = await drive({
  questions: () => [...(root()?.querySelectorAll('[data-indicator]') ?? [])],
  // Level 2: below the generated rubric's evidence threshold (3), so our evidence fields stay
  // closed, as SurveyJS shows nothing more after a choice either.
  choice: (q) => q.querySelector('input[value="2"]'),
  isChosen: (q) => q?.querySelector('input[value="2"]')?.checked === true && q.querySelector('.choice.chosen') !== null,
  changeEvent: () => new Promise((resolve) => el.addEventListener('smart-city-change', () => resolve(performance.now()), { once: true })),
  page: () => el.step,
  next: () => [...root().querySelectorAll('.pager button')].at(-1).click(),
});
