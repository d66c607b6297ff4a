// The worked example of docs/scoring.md, computed by the real code. `npm run docs` writes it
// between the markers; a test fails when the document's numbers differ from the code's.
import { explain, formatScore, parseFramework, scoreAssessment, type Assessment, type Framework } from '../../src/index.js';

const t = (id: string, en: string) => ({ id, en });
const rubric = (id: string) => [1, 2, 3, 4, 5].map((rank) => ({ rank, description: t(`${id} level ${rank}`, `${id} level ${rank} (en)`) }));

export const exampleFramework: Framework = parseFramework({
  id: 'contoh',
  version: '1',
  title: t('Contoh', 'Example'),
  levels: ['Rintisan', 'Terkelola', 'Terdefinisi', 'Terpadu dan Terukur', 'Optimum'].map((name, n) => ({ rank: n + 1, name: t(name, name) })),
  bands: [
    { from: 1, to: 1.8, predicate: t('Kurang', 'Poor') },
    { from: 1.8, to: 2.6, predicate: t('Cukup', 'Fair') },
    { from: 2.6, to: 3.5, predicate: t('Baik', 'Good') },
    { from: 3.5, to: 4.2, predicate: t('Sangat Baik', 'Very good') },
    { from: 4.2, to: 5, predicate: t('Memuaskan', 'Excellent') },
  ],
  principles: [{ id: 'integration', name: t('Integrasi', 'Integration') }],
  elements: [
    {
      id: 'governance', name: t('Smart Governance', 'Smart Governance'), weight: 2,
      subElements: [{
        id: 'governance.service', name: t('Pelayanan Publik', 'Public Service'),
        indicators: [
          { id: 'governance.service.mpp', question: t('MPP?', 'Service mall?'), levels: rubric('mpp'), principles: ['integration'], weight: 2, evidenceFrom: 3 },
          { id: 'governance.service.complaint', question: t('Pengaduan?', 'Complaints?'), levels: rubric('complaint'), principles: ['integration'], evidenceFrom: 3 },
        ],
      }],
    },
    {
      id: 'environment', name: t('Smart Environment', 'Smart Environment'),
      subElements: [{
        id: 'environment.waste', name: t('Sampah', 'Waste'),
        indicators: [
          { id: 'environment.waste.3r', question: t('Bank sampah?', 'Waste banks?'), levels: rubric('3r'), principles: [], evidenceFrom: 3 },
          { id: 'environment.waste.handling', question: t('Pengangkutan?', 'Collection?'), levels: rubric('handling'), principles: [], evidenceFrom: 3 },
        ],
      }],
    },
  ],
  readiness: [],
});

export const exampleAssessment: Assessment = {
  frameworkId: 'contoh',
  frameworkVersion: '1',
  region: { name: 'Kota Contoh' },
  period: '2026',
  answers: {
    'governance.service.mpp': { level: 4, evidence: [{ label: 'SK MPP' }] },
    'governance.service.complaint': { level: 2 },
    'environment.waste.3r': { level: 3 },
    'environment.waste.handling': { notApplicable: true },
  },
};

export function scoringExampleMarkdown(): string {
  const report = scoreAssessment(exampleFramework, exampleAssessment, { lang: 'en' });
  const capped = scoreAssessment(exampleFramework, exampleAssessment, { lang: 'en', evidencePolicy: 'cap' });
  const line = (id: string) => `- \`${id}\`: ${explain(report, id, { lang: 'en' })?.formula ?? '–'}`;
  return [
    'Answers: service mall (weight 2) level 4 with evidence; complaints level 2; waste banks level 3',
    'without evidence; waste collection not applicable. Governance weighs 2, Environment 1.',
    '',
    line('governance.service'),
    line('governance'),
    line('environment'),
    line('index'),
    '',
    `Index ${formatScore(report.index, 'en', 3)}, level ${report.level}, band "${report.band?.predicate.en}";`,
    `completeness ${report.answered}/${report.applicable}; evidence coverage ${formatScore(report.evidenceCoverage, 'en', 2)}.`,
    `Warning: ${report.warnings.map((w) => w.message).join(' ')}`,
    '',
    `With \`evidencePolicy: "cap"\` the waste-bank answer counts as level 2 and the index is ${formatScore(capped.index, 'en', 3)}.`,
  ].join('\n');
}
