// The test page's questionnaire: `?assessment=/api/assessments/42&lang=en` (no inline script under the strict CSP).
/* global document, location */
const params = new URLSearchParams(location.search);
const questionnaire = document.createElement('smart-city-questionnaire');
questionnaire.setAttribute('assessment-url', params.get('assessment') ?? '');
questionnaire.setAttribute('lang', params.get('lang') ?? 'id');
document.querySelector('main')?.append(questionnaire);
