import './demo.js';

// Live theming: each control writes one CSS custom property on both widgets.
const widgets = [...document.querySelectorAll('smart-city-questionnaire, smart-city-scorecard')];
const output = document.querySelector('#theme-css code');
function applyTheme() {
  const lines = [];
  for (const input of document.querySelectorAll('#theme [data-property]')) {
    const value = `${input.value}${input.dataset.unit ?? ''}`;
    for (const w of widgets) w.style.setProperty(input.dataset.property, value);
    lines.push(`  ${input.dataset.property}: ${value};`);
  }
  output.textContent = `smart-city-questionnaire, smart-city-scorecard {\n${lines.join('\n')}\n}`;
}
for (const input of document.querySelectorAll('#theme [data-property]')) input.addEventListener('input', applyTheme);
applyTheme();

// The compact scorecard follows the questionnaire as it is filled in.
const questionnaire = document.querySelector('#embedded');
const side = document.querySelector('#side');
questionnaire.addEventListener('smart-city-change', (event) => {
  side.assessment = event.detail.assessment;
});

// A framework of one's own, from a file: the widgets validate it and show what is wrong.
const status = document.querySelector('#framework-status');
function useFramework(framework, name) {
  questionnaire.framework = framework;
  side.framework = framework;
  status.textContent = name;
}
questionnaire.addEventListener('smart-city-error', (event) => {
  status.textContent = event.detail.message;
});
document.querySelector('#framework-file').addEventListener('change', async (event) => {
  const file = event.target.files?.[0];
  if (!file) return;
  try {
    useFramework(JSON.parse(await file.text()), file.name);
  } catch (error) {
    status.textContent = `${file.name}: ${error.message}`;
  }
});
document.querySelector('#example-framework').addEventListener('click', async () => {
  useFramework(await (await fetch('../docs/examples/minimal-framework.json')).json(), 'minimal-framework.json');
});
