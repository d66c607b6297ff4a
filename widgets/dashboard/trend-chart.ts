import { svg, type SVGTemplateResult } from 'lit';
import type { Trend } from '../../src/internal-dashboard.js';

const WIDTH = 560;
const HEIGHT = 240;
const PAD = { left: 36, right: 16, top: 12, bottom: 28 };
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * The index over periods as SVG: one thin line per region, the median of all regions bold,
 * the scale's ranks as horizontal rules. Drawn by hand as the scorecard's radar is; the table
 * beside it carries the same numbers for screen readers.
 */
export function renderTrend(trend: Trend, ranks: readonly number[], title: string): SVGTemplateResult {
  const min = Math.min(...ranks);
  const max = Math.max(...ranks);
  const n = trend.periods.length;
  const x = (i: number) => round(n <= 1 ? (PAD.left + WIDTH - PAD.right) / 2 : PAD.left + (i * (WIDTH - PAD.left - PAD.right)) / (n - 1));
  const y = (v: number) => round(HEIGHT - PAD.bottom - ((v - min) / (max - min || 1)) * (HEIGHT - PAD.top - PAD.bottom));
  /** A polyline through the values present (a gap where a period has none), and a dot on each. */
  const series = (values: readonly (number | null)[], cls: string, key: string) => {
    const points = values.flatMap((v, i) => (v === null ? [] : [`${x(i)},${y(v)}`]));
    return svg`<g class="series ${cls}" data-series=${key}>
      <polyline points=${points.join(' ')}></polyline>
      ${values.map((v, i) => (v === null ? null : svg`<circle cx=${x(i)} cy=${y(v)} r=${cls === 'median' ? 4 : 2.5}></circle>`))}
    </g>`;
  };
  return svg`<svg class="trend" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label=${title} xmlns="http://www.w3.org/2000/svg">
    <g class="grid">
      ${ranks.map((r) => svg`<line x1=${PAD.left} x2=${WIDTH - PAD.right} y1=${y(r)} y2=${y(r)}></line><text class="tick" x=${PAD.left - 8} y=${y(r)} text-anchor="end" dominant-baseline="central">${r}</text>`)}
      ${trend.periods.map((p, i) => svg`<text class="tick" x=${x(i)} y=${HEIGHT - 6} text-anchor="middle">${p}</text>`)}
    </g>
    ${trend.regions.map((r) => series(r.values, 'region', r.code))}
    ${series(trend.median, 'median', 'median')}
  </svg>`;
}
