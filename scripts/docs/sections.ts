import { cliExample } from './cli-examples.js';
import { elementsReference } from './elements.js';
import { scoringExampleMarkdown } from './scoring-example.js';

export interface GeneratedSection {
  file: string;
  marker: string;
  content: string;
}

/** Every part of docs/ that is generated from the code. */
export function generatedSections(): GeneratedSection[] {
  const consultants = 'docs/consultants.md';
  return [
    { file: 'docs/scoring.md', marker: 'worked-example', content: scoringExampleMarkdown() },
    { file: 'docs/elements.md', marker: 'reference', content: elementsReference() },
    { file: consultants, marker: 'cli-score', content: cliExample(['score', 'docs/examples/kota-contoh-2026.json', '--lang', 'en']) },
    { file: consultants, marker: 'cli-compare', content: cliExample(['compare', 'docs/examples/kota-contoh-2025.json', 'docs/examples/kota-contoh-2026.json', '--lang', 'en']) },
    { file: consultants, marker: 'cli-batch', content: cliExample(['batch', 'docs/examples/regions', '--lang', 'en']) },
    { file: consultants, marker: 'cli-invalid', content: cliExample(['validate', 'test/fixtures/bad-assessment.json', '--lang', 'en']) },
  ];
}
