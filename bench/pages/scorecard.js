// Benchmark page: time from handing the scorecard an assessment to the report on screen.
import { firstVisible } from './measure.js';

const size = new URLSearchParams(location.search).get('size') ?? '90';
const [framework, assessment] = await Promise.all(['framework', 'assessment'].map((kind) => fetch(`/bench/.data/${kind}-${size}.json`).then((r) => r.json())));
await customElements.whenDefined('smart-city-scorecard');
const card = document.querySelector('#card');
const start = performance.now();
card.framework = framework;
card.assessment = assessment;
const shown = await firstVisible(() => card.shadowRoot?.querySelector('.summary [data-value=index]'));
window.bench = { scorecard: shown - start };
