import { svg, type SVGTemplateResult } from 'lit';
import { axisAngle, radarPoint, radarPolygon, round, tickPoint, type RadarFrame } from './radar-geometry.js';

export interface RadarSeries {
  key: 'current' | 'previous' | 'target';
  label: string;
  scores: (number | null)[];
}

export interface RadarInput {
  axes: string[];
  ranks: number[];
  series: RadarSeries[];
  title: string;
}

const SIZE = 360;
const frameFor = (ranks: number[]): RadarFrame => ({
  cx: SIZE / 2,
  cy: SIZE / 2,
  radius: SIZE / 2 - 70,
  min: Math.min(...ranks),
  max: Math.max(...ranks),
});

/** Splits a long axis label ("Smart Environment") over two lines at its middle space. */
function labelLines(label: string): string[] {
  if (label.length <= 12) return [label];
  const middle = label.lastIndexOf(' ', Math.ceil(label.length / 2) + 2);
  return middle > 0 ? [label.slice(0, middle), label.slice(middle + 1)] : [label];
}

/**
 * The six elements' radar as SVG, drawn by hand: rings at each rank of the scale, one axis
 * per element, one polygon per series. Colours come from classes the stylesheet (and the
 * SVG download) map to the `--scm-series-*` custom properties.
 */
export function renderRadar(input: RadarInput): SVGTemplateResult {
  const frame = frameFor(input.ranks);
  const n = input.axes.length;
  const rings = input.ranks.filter((r) => r > frame.min);
  return svg`<svg viewBox="0 0 ${SIZE} ${SIZE}" role="img" aria-labelledby="radar-title" class="radar" xmlns="http://www.w3.org/2000/svg">
    <title id="radar-title">${input.title}</title>
    <g class="grid">
      ${rings.map((rank) => svg`<polygon class="ring" data-rank=${rank} points=${radarPolygon(input.axes.map(() => rank), frame)}></polygon>`)}
      ${input.axes.map((_, i) => {
        const end = radarPoint(frame.max, i, n, frame);
        return svg`<line class="axis" x1=${frame.cx} y1=${frame.cy} x2=${round(end.x)} y2=${round(end.y)}></line>`;
      })}
      ${rings.map((rank) => {
        // Between the first two axes, in the middle of the ring's edge: data points sit only on
        // the axes, so the scale's numbers never cover one.
        const p = tickPoint(rank, n, frame);
        return svg`<text class="tick" text-anchor="middle" dominant-baseline="central" x=${round(p.x)} y=${round(p.y)}>${rank}</text>`;
      })}
    </g>
    ${input.series.map(
      (s) => svg`<g class="series ${s.key}" data-series=${s.key}>
        <polygon points=${radarPolygon(s.scores, frame)}></polygon>
        ${s.scores.map((score, i) => {
          if (score === null) return null;
          const p = radarPoint(score, i, n, frame);
          return svg`<circle data-axis=${i} cx=${round(p.x)} cy=${round(p.y)} r="3.5"></circle>`;
        })}
      </g>`,
    )}
    ${input.axes.map((label, i) => {
      const angle = axisAngle(i, n);
      const x = frame.cx + (frame.radius + 16) * Math.cos(angle);
      const y = frame.cy + (frame.radius + 16) * Math.sin(angle);
      const anchor = Math.abs(Math.cos(angle)) < 0.2 ? 'middle' : Math.cos(angle) > 0 ? 'start' : 'end';
      const lines = labelLines(label);
      const top = y - ((lines.length - 1) * 13) / 2 + (Math.sin(angle) < -0.9 ? -8 : Math.sin(angle) > 0.9 ? 10 : 4);
      return svg`<text class="label" text-anchor=${anchor} x=${round(x)} y=${round(top)}>${lines.map(
        (line, k) => svg`<tspan x=${round(x)} dy=${k === 0 ? 0 : 13}>${line}</tspan>`,
      )}</text>`;
    })}
  </svg>`;
}
