// The sample portal's own script, shared by its pages: the language switch. Page-specific
// behaviour lives in index.js, scorecard.js and embed.js. No inline script or style anywhere:
// the pages are served with a strict Content-Security-Policy.
const texts = {
  id: {
    titleIndex: 'Portal Smart City Kota Contoh — Penilaian Mandiri',
    titleScorecard: 'Kartu Skor — Portal Smart City Kota Contoh',
    titleEmbed: 'Sematkan di portal — smart-city-maturity',
    descIndex: 'Penilaian mandiri kematangan smart city Gerakan Menuju 100 Smart City: enam elemen smart city dan kesiapan daerah, dengan kartu skor hasil penilaian.',
    descScorecard: 'Kartu skor smart city Kota Contoh (data fiktif): penilaian 2026 dibandingkan dengan periode 2025, target, dan lima daerah contoh.',
    descEmbed: 'Cara menyematkan kuesioner dan kartu skor smart city di portal pemerintah daerah: tiga baris HTML, tema dengan CSS custom properties, dan kerangka penilaian sendiri.',
    government: 'Pemerintah Kota Contoh',
    office: 'Dinas Komunikasi dan Informatika',
    navAssessment: 'Penilaian mandiri',
    navScorecard: 'Kartu skor',
    navEmbed: 'Sematkan di portal',
    language: 'Bahasa',
    title: 'Penilaian Mandiri Kematangan Smart City',
    intro: 'Gerakan Menuju 100 Smart City: nilai enam elemen smart city dan kesiapan daerah. Jawaban tersimpan otomatis di peramban ini.',
    result: 'Hasil penilaian',
    scorecardTitle: 'Kartu Skor Kota Contoh',
    scorecardIntro: 'Contoh data (fiktif): penilaian 2026 dengan periode 2025 dan target sebagai pembanding.',
    regionsTitle: 'Perbandingan daerah 2026',
    regionsIntro: 'Lima daerah contoh pada periode yang sama: peringkat per elemen dan median.',
    embedTitle: 'Sematkan di portal Anda',
    embedIntro: 'Tiga baris HTML, tanpa alat build. Atur warna dengan CSS custom properties, atau muat kerangka penilaian sendiri.',
    snippet: 'Potongan kode',
    theming: 'Tema',
    ownFramework: 'Kerangka sendiri (JSON)',
    frameworkFile: 'Berkas kerangka',
    region: 'Daerah', index: 'Indeks', rank: 'Peringkat', median: 'Median',
  },
  en: {
    titleIndex: 'Smart City Portal of Kota Contoh — Self-Assessment',
    titleScorecard: 'Scorecard — Smart City Portal of Kota Contoh',
    titleEmbed: 'Embed in your portal — smart-city-maturity',
    descIndex: 'Smart city maturity self-assessment for the Movement towards 100 Smart Cities: the six smart city elements and regional readiness, with a scorecard of the result.',
    descScorecard: 'Smart city scorecard of Kota Contoh (fictional data): the 2026 assessment compared with the 2025 period, the targets and five sample regions.',
    descEmbed: 'How to embed the smart city questionnaire and scorecard in a regional government portal: three lines of HTML, theming with CSS custom properties, and your own assessment framework.',
    government: 'City Government of Contoh',
    office: 'Communication and Informatics Office',
    navAssessment: 'Self-assessment',
    navScorecard: 'Scorecard',
    navEmbed: 'Embed in your portal',
    language: 'Language',
    title: 'Smart City Maturity Self-Assessment',
    intro: 'Movement towards 100 Smart Cities: assess the six smart city elements and regional readiness. Answers are saved automatically in this browser.',
    result: 'Assessment result',
    scorecardTitle: 'Scorecard of Kota Contoh',
    scorecardIntro: 'Sample data (fictional): the 2026 assessment with the 2025 period and targets for comparison.',
    regionsTitle: 'Regions compared, 2026',
    regionsIntro: 'Five sample regions of the same period: rank per element and the median.',
    embedTitle: 'Embed it in your portal',
    embedIntro: 'Three lines of HTML, no build tool. Theme it with CSS custom properties, or load your own framework.',
    snippet: 'Snippet',
    theming: 'Theme',
    ownFramework: 'Your own framework (JSON)',
    frameworkFile: 'Framework file',
    region: 'Region', index: 'Index', rank: 'Rank', median: 'Median',
  },
};

export const currentLang = () => document.documentElement.lang === 'en' ? 'en' : 'id';
export const t = (key) => texts[currentLang()][key] ?? key;

const listeners = [];
/** Pages re-render their own content on a language change. */
export const onLangChange = (fn) => listeners.push(fn);

function setLang(lang) {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('smart-city-questionnaire, smart-city-scorecard')) el.lang = lang;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = texts[lang][el.dataset.i18n] ?? el.textContent;
  // Attributes that are text too: the page's description for search engines.
  for (const el of document.querySelectorAll('[data-i18n-content]')) el.content = texts[lang][el.dataset.i18nContent] ?? el.content;
  try {
    localStorage.setItem('demo-lang', lang);
  } catch {
    // storage may be blocked; the switch still works for this page
  }
  for (const fn of listeners) fn(lang);
}

const select = document.querySelector('#lang');
select?.addEventListener('change', () => setLang(select.value));
let saved = null;
try {
  saved = localStorage.getItem('demo-lang');
} catch {
  saved = null;
}
if (saved === 'en' || saved === 'id') {
  if (select) select.value = saved;
  setLang(saved);
}
