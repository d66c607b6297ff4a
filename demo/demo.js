// The sample portal's own script: a language switch, and the scorecard of a submitted assessment.
const texts = {
  id: {
    title: 'Penilaian Mandiri Kematangan Smart City',
    intro: 'Gerakan Menuju 100 Smart City: nilai enam elemen smart city dan kesiapan daerah. Jawaban tersimpan otomatis di peramban ini.',
    result: 'Hasil penilaian',
  },
  en: {
    title: 'Smart City Maturity Self-Assessment',
    intro: 'Movement towards 100 Smart Cities: assess the six smart city elements and regional readiness. Answers are saved automatically in this browser.',
    result: 'Assessment result',
  },
};

const select = document.querySelector('#lang');
const setLang = (lang) => {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('smart-city-questionnaire, smart-city-scorecard')) el.lang = lang;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = texts[lang][el.dataset.i18n] ?? el.textContent;
  localStorage.setItem('demo-lang', lang);
};
select?.addEventListener('change', () => setLang(select.value));
const saved = localStorage.getItem('demo-lang');
if (saved && select) {
  select.value = saved;
  setLang(saved);
}

const questionnaire = document.querySelector('#questionnaire');
questionnaire?.addEventListener('smart-city-submit', (event) => {
  const result = document.querySelector('#result');
  const scorecard = document.querySelector('#scorecard');
  scorecard.assessment = event.detail.assessment;
  result.hidden = false;
  result.scrollIntoView({ behavior: 'smooth' });
});
