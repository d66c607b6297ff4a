/** A point of the radar, in SVG user units. */
export interface Point {
  x: number;
  y: number;
}

export interface RadarFrame {
  /** Centre of the chart. */
  cx: number;
  cy: number;
  /** Radius of the outer ring (the scale's top). */
  radius: number;
  /** The scale's lowest and highest rank: the centre and the outer ring. */
  min: number;
  max: number;
}

/** Angle of axis `i` of `n`: the first axis points straight up, the rest go clockwise. */
export function axisAngle(i: number, n: number): number {
  return -Math.PI / 2 + (2 * Math.PI * i) / n;
}

/** Where a score sits on axis `i` of `n`; a missing score and anything below the scale sit at the centre. */
export function radarPoint(score: number | null, i: number, n: number, frame: RadarFrame): Point {
  const span = frame.max - frame.min || 1;
  const share = score === null ? 0 : Math.min(1, Math.max(0, (score - frame.min) / span));
  const angle = axisAngle(i, n);
  return { x: frame.cx + frame.radius * share * Math.cos(angle), y: frame.cy + frame.radius * share * Math.sin(angle) };
}

/** Where a ring's label goes: the middle of the ring's edge between the first and second axes. */
export function tickPoint(rank: number, n: number, frame: RadarFrame): Point {
  const span = frame.max - frame.min || 1;
  const distance = frame.radius * ((rank - frame.min) / span) * Math.cos(Math.PI / n);
  const angle = axisAngle(0, n) + Math.PI / n;
  return { x: frame.cx + distance * Math.cos(angle), y: frame.cy + distance * Math.sin(angle) };
}

/** The polygon's `points` attribute for a series of scores, one per axis. */
export function radarPolygon(scores: readonly (number | null)[], frame: RadarFrame): string {
  return scores.map((s, i) => radarPoint(s, i, scores.length, frame)).map((p) => `${round(p.x)},${round(p.y)}`).join(' ');
}

export const round = (v: number) => Math.round(v * 100) / 100;
