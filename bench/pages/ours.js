// Benchmark page: our questionnaire on a generated framework, opened on its first element.
import { firstVisible } from './measure.js';

const size = new URLSearchParams(location.search).get('size') ?? '90';
const framework = await (await fetch(`/bench/.data/framework-${size}.json`)).json();
const el = document.createElement('smart-city-questionnaire');
el.setAttribute('storage-key', `bench-${Math.random()}`);
el.setAttribute('step', framework.elements[0].id);
el.framework = framework;
document.querySelector('#host').append(el);

const firstQuestion = await firstVisible(() => el.shadowRoot?.querySelector('[data-indicator]'));
window.bench = {
  firstQuestion,
  async switchStep() {
    const start = performance.now();
    const next = [...el.shadowRoot.querySelectorAll('.pager button')].at(-1);
    const before = el.step;
    next.click();
    await el.updateComplete;
    el.shadowRoot.querySelector('[data-indicator]').getBoundingClientRect(); // style and layout done
    if (el.step === before) throw new Error('no step change');
    return performance.now() - start;
  },
  async clickLevel() {
    const input = el.shadowRoot.querySelector('[data-indicator] input[value="3"]');
    const changed = new Promise((resolve) => el.addEventListener('smart-city-change', () => resolve(performance.now()), { once: true }));
    const start = performance.now();
    input.click();
    return (await changed) - start;
  },
};
