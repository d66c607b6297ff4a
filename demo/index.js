import './demo.js';

// On submit, the portal shows the scorecard of what was just submitted.
const questionnaire = document.querySelector('#questionnaire');
questionnaire.addEventListener('smart-city-submit', (event) => {
  const result = document.querySelector('#result');
  document.querySelector('#scorecard').assessment = event.detail.assessment;
  result.hidden = false;
  result.scrollIntoView({ behavior: 'smooth' });
});
