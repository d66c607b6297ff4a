import { scoringExampleMarkdown } from './scoring-example.js';

export interface GeneratedSection {
  file: string;
  marker: string;
  content: string;
}

/** Every part of docs/ that is generated from the code. */
export function generatedSections(): GeneratedSection[] {
  return [{ file: 'docs/scoring.md', marker: 'worked-example', content: scoringExampleMarkdown() }];
}
