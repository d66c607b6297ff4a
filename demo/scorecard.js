import { currentLang, onLangChange, t } from './demo.js';

const load = (path) => fetch(path).then((r) => r.json());
// The scorecard first: its data is all it waits for (the page preloads both files).
const [current, previous] = await Promise.all([load('../docs/examples/kota-contoh-2026.json'), load('../docs/examples/kota-contoh-2025.json')]);
const scorecard = document.querySelector('#scorecard');
scorecard.previous = previous;
scorecard.targets = { governance: 4, branding: 3, economy: 3, living: 3, society: 3, environment: 3 };
scorecard.assessment = current;

// The regions table is below the card: its downloads (the core is a large module) and its work
// wait until the card is whole, so they neither share the network nor the main thread with it.
await scorecard.updateComplete;
const files = ['kabupaten-lembah-hijau', 'kabupaten-sukamaju', 'kota-contoh', 'kota-pesisir', 'kota-tepian'];
const [{ benchmarkRegions, defaultFramework, formatScore }, regions] = await Promise.all([
  import('../dist/cdn/core.js'),
  Promise.all(files.map((f) => load(`../docs/examples/regions/${f}-2026.json`))),
]);
const benchmark = benchmarkRegions(defaultFramework, regions);

/** The comparison table, built with DOM methods: region names are data, never markup. */
function renderRegions() {
  const lang = currentLang();
  const table = document.querySelector('#regions');
  const cell = (tag, text, className) => {
    const el = document.createElement(tag);
    el.textContent = text;
    if (className) el.className = className;
    return el;
  };
  const head = document.createElement('tr');
  head.append(cell('th', t('region')), cell('th', t('index'), 'num'), cell('th', t('rank'), 'num'));
  for (const e of defaultFramework.elements) head.append(cell('th', e.name[lang], 'num'));
  const rows = [...benchmark.regions].sort((a, b) => (a.index.rank ?? 99) - (b.index.rank ?? 99)).map((r) => {
    const tr = document.createElement('tr');
    tr.append(cell('th', r.region.name), cell('td', formatScore(r.index.score, lang, 2), 'num'), cell('td', String(r.index.rank ?? '–'), 'num'));
    for (const e of defaultFramework.elements) {
      const s = r.elements[e.id];
      tr.append(cell('td', `${formatScore(s.score, lang, 2)} (#${s.rank ?? '–'})`, 'num'));
    }
    return tr;
  });
  const median = document.createElement('tr');
  median.className = 'median';
  median.append(cell('th', t('median')), cell('td', formatScore(benchmark.median.index, lang, 2), 'num'), cell('td', ''));
  for (const e of defaultFramework.elements) median.append(cell('td', formatScore(benchmark.median.elements[e.id], lang, 2), 'num'));
  const thead = document.createElement('thead');
  thead.append(head);
  const tbody = document.createElement('tbody');
  tbody.append(...rows, median);
  table.replaceChildren(thead, tbody);
  for (const th of tbody.querySelectorAll('th')) th.scope = 'row';
  for (const th of thead.querySelectorAll('th')) th.scope = 'col';
}
renderRegions();
onLangChange(renderRegions);
