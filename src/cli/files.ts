import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { Assessment } from '../schema/assessment.js';
import type { Framework } from '../schema/framework.js';
import type { Lang } from '../schema/localized.js';
import { parseAssessment } from '../schema/parse.js';
import { parseFramework } from '../schema/parse-framework.js';
import { defaultFramework } from '../frameworks/gm100/index.js';
import { csvToAssessment } from '../io/csv-answers.js';
import { UsageError } from './errors.js';
import { problems } from './messages.js';

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

export function readText(path: string, lang: Lang): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = errorCode(error);
    const say = problems[lang];
    throw new UsageError(code === 'ENOENT' ? say.notFound(path) : code === 'EISDIR' ? say.isFolder(path) : say.unreadable(path, code));
  }
}

/** Writes a file the user named with --out; a failure says why in the user's language. */
export function writeOutput(path: string, data: string | Uint8Array, lang: Lang): void {
  try {
    writeFileSync(path, data);
  } catch (error) {
    const code = errorCode(error);
    const say = problems[lang];
    throw new UsageError(say.cannotWrite(path, say.writeWhy[code] ?? code));
  }
}

export function loadFramework(path: string | undefined, lang: Lang): Framework {
  return path ? parseFramework(readText(path, lang), { lang }) : defaultFramework;
}

/** An assessment from a JSON file, or from a CSV file of answers. */
export function loadAssessment(path: string, framework: Framework, lang: Lang): Assessment {
  const text = readText(path, lang);
  return extname(path).toLowerCase() === '.csv' ? csvToAssessment(framework, text, { lang }) : parseAssessment(framework, text, { lang });
}

/** The files a batch names: files as given, folders as their .json and .csv files, sorted. */
export function expandInputs(inputs: readonly string[], lang: Lang): string[] {
  const files = inputs.flatMap((input) => {
    let isFolder = false;
    try {
      isFolder = statSync(input).isDirectory();
    } catch {
      throw new UsageError(problems[lang].notFound(input));
    }
    if (!isFolder) return [input];
    return readdirSync(input).filter((f) => /\.(json|csv)$/i.test(f)).sort().map((f) => join(input, f));
  });
  if (files.length === 0) throw new UsageError(problems[lang].emptyBatch(inputs.join(', ')));
  return files;
}
