// Core throughput in Node: answers scored per second, with and without validation.
import { parseAssessment, scoreAssessment, type Assessment, type Framework } from '../src/index.js';

export interface Throughput {
  label: string;
  indicators: number;
  assessments: number;
  answers: number;
  /** Answers per second over the runs: the slowest run and the median. */
  min: number;
  median: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export function throughput(label: string, framework: Framework, assessments: Assessment[], validate: boolean, runs = 5): Throughput {
  const answers = assessments.reduce((n, a) => n + Object.values(a.answers).filter((x) => x.level !== undefined).length, 0);
  const rates: number[] = [];
  for (let run = 0; run < runs + 1; run++) {
    const start = performance.now();
    let sink = 0;
    for (const a of assessments) {
      const checked = validate ? parseAssessment(framework, a) : a;
      sink += scoreAssessment(framework, checked).index ?? 0;
    }
    const seconds = (performance.now() - start) / 1000;
    if (sink === -1) console.log(sink); // keeps the work observable
    if (run > 0) rates.push(answers / seconds); // run 0 warms the JIT up
  }
  return { label, indicators: Object.keys(assessments[0]?.answers ?? {}).length, assessments: assessments.length, answers, min: Math.min(...rates), median: median(rates) };
}
