import type { Framework } from '../schema/framework.js';
import type { Benchmark } from '../planning/benchmark.js';
import { roundForPeople, toCsv, type CsvOptions } from './csv-cells.js';
import { benchmarkHeaders } from './csv-headers.js';

/**
 * Regions side by side as CSV (`batch --format csv`): index, rank and percentile, then each
 * element's score and rank. Scores are rounded to two decimals; JSON keeps them exact.
 */
export function benchmarkToCsv(framework: Framework, benchmark: Benchmark, options: CsvOptions = {}): string {
  const headers = benchmarkHeaders[options.lang ?? 'id'];
  const rows = benchmark.regions.map((r) => [
    r.region.name, r.region.code ?? '', r.period, roundForPeople(r.index.score), r.index.rank, roundForPeople(r.index.percentile),
    ...framework.elements.flatMap((e) => [roundForPeople(r.elements[e.id]?.score), r.elements[e.id]?.rank ?? null]),
  ]);
  return toCsv([[...headers.fixed, ...framework.elements.flatMap((e) => [e.id, headers.rank(e.id)])], ...rows], options);
}
