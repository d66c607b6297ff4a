import { cliExample } from './cli-examples.js';
import { elementsReference } from './elements.js';
import { scoringExampleMarkdown } from './scoring-example.js';

export interface GeneratedSection {
  file: string;
  marker: string;
  content: string;
}

/** Every part of docs/ that is generated from the code. */
export async function generatedSections(): Promise<GeneratedSection[]> {
  const consultants = 'docs/consultants.md';
  const example = 'docs/examples/kota-contoh-2026.json';
  return [
    { file: 'docs/scoring.md', marker: 'worked-example', content: scoringExampleMarkdown() },
    { file: 'docs/elements.md', marker: 'reference', content: elementsReference() },
    { file: consultants, marker: 'cli-score', content: await cliExample(['score', example, '--lang', 'en']) },
    { file: consultants, marker: 'cli-compare', content: await cliExample(['compare', 'docs/examples/kota-contoh-2025.json', example, '--lang', 'en']) },
    { file: consultants, marker: 'cli-batch', content: await cliExample(['batch', 'docs/examples/regions', '--lang', 'en']) },
    { file: consultants, marker: 'cli-batch-csv', content: await cliExample(['batch', 'docs/examples/regions', '--format', 'csv', '--semicolon']) },
    { file: consultants, marker: 'cli-score-csv', content: await cliExample(['score', example, '--format', 'csv', '--lang', 'en'], 14) },
    { file: consultants, marker: 'cli-template-csv', content: await cliExample(['template', '--format', 'csv', '--lang', 'en'], 2) },
    { file: consultants, marker: 'cli-invalid', content: await cliExample(['validate', 'test/fixtures/bad-assessment.json', '--lang', 'en']) },
    { file: consultants, marker: 'cli-csv-invalid', content: await cliExample(['validate', 'test/fixtures/bad-answers.csv', '--lang', 'en']) },
    { file: consultants, marker: 'cli-typo', content: await cliExample(['score', example, '--formt', 'csv', '--lang', 'en']) },
  ];
}
