import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Assessment } from '../schema/assessment.js';
import type { Framework } from '../schema/framework.js';
import type { Lang } from '../schema/localized.js';
import { parseAssessment, parseFramework } from '../schema/parse.js';
import { defaultFramework } from '../frameworks/gm100/index.js';
import { csvToAssessment } from '../io/csv-answers.js';

/** A usage or file problem: exit code 2, as opposed to invalid data (exit code 1). */
export class UsageError extends Error {}

export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found / berkas tidak ditemukan' : String(error)}`);
  }
}

export function loadFramework(path: string | undefined, lang: Lang): Framework {
  return path ? parseFramework(readText(path), { lang }) : defaultFramework;
}

/** An assessment from a JSON file, or from a CSV file of answers. */
export function loadAssessment(path: string, framework: Framework, lang: Lang): Assessment {
  const text = readText(path);
  return extname(path).toLowerCase() === '.csv' ? csvToAssessment(framework, text, { lang }) : parseAssessment(framework, text, { lang });
}

/** The files a batch names: files as given, folders as their .json and .csv files, sorted. */
export function expandInputs(inputs: readonly string[]): string[] {
  return inputs.flatMap((input) => {
    let isFolder = false;
    try {
      isFolder = statSync(input).isDirectory();
    } catch {
      throw new UsageError(`${input}: file not found / berkas tidak ditemukan`);
    }
    if (!isFolder) return [input];
    return readdirSync(input).filter((f) => /\.(json|csv)$/i.test(f)).sort().map((f) => join(input, f));
  });
}
