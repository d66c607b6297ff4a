import { css } from 'lit';

/** The scorecard's view, adopted when the view's chunk arrives (scorecard.styles.ts holds its frame's). */
export const scorecardViewStyles = css`
  h3 { font-size: 1.1em; margin: 1.5em 0 0.5em; }
  .chart h3:first-child, .chart section:first-child h3 { margin-top: 0; }
  .tools { display: flex; flex-wrap: wrap; gap: 0.5em; }
  .summary { display: grid; gap: 0.75em; grid-template-columns: repeat(auto-fit, minmax(8.25em, 1fr)); margin: var(--_space) 0; }
  .chart .summary { margin-top: 0; }
  .figure .label { color: var(--_muted); font-size: 0.85em; }
  .figure .value { font-size: 1.7em; font-weight: 700; line-height: 1.2; }
  .figure .sub { font-size: 0.9em; }
  .index-note { font-size: 0.85em; margin: 0 0 var(--_space); max-width: 70ch; }
  .figure.main .value { font-size: 2.4em; color: var(--_current); display: flex; flex-wrap: wrap; align-items: baseline; column-gap: 0.3em; }
  /* "dari 5" stays one piece: beside the index, or under it in a narrow figure. */
  .figure.main .scale { font-size: 0.42em; font-weight: 600; color: var(--_muted); display: inline-block; white-space: nowrap; }
  .delta.up { color: var(--_success); }
  .delta.down { color: var(--_danger); }
  .chart { display: grid; gap: var(--_space); grid-template-columns: minmax(0, 1fr); align-items: start; }
  @container scm (min-width: 48em) { .chart { grid-template-columns: minmax(0, 30em) minmax(0, 1fr); } }
  :host([compact]) .chart { grid-template-columns: minmax(0, 1fr); }
  svg.radar { width: 100%; max-width: 30em; height: auto; display: block; overflow: visible; }
  .radar .ring { fill: none; stroke: var(--_border); stroke-width: 1; }
  .radar .axis { stroke: var(--_border); stroke-width: 1; }
  /* 13 units: still 12 px on a phone's radar. The halo keeps the number readable over the lines it sits on. */
  .radar .tick { font-size: 13px; font-weight: 600; fill: var(--_muted); paint-order: stroke; stroke: var(--_surface); stroke-width: 3px; stroke-linejoin: round; }
  .radar .label { font-size: 12px; fill: var(--_text); }
  .radar .series polygon { stroke-width: 2; }
  .radar .current polygon { fill: color-mix(in srgb, var(--_current) 22%, transparent); stroke: var(--_current); }
  .radar .current circle { fill: var(--_current); }
  .radar .previous polygon { fill: none; stroke: var(--_previous); stroke-dasharray: 6 4; }
  .radar .previous circle { fill: var(--_previous); }
  .radar .target polygon { fill: none; stroke: var(--_target); stroke-dasharray: 2 3; }
  .radar .target circle { fill: var(--_target); }
  .legend { list-style: none; display: flex; flex-wrap: wrap; gap: 0.4em 1em; padding: 0; margin: 0.5em 0; font-size: 0.9em; }
  .legend li { display: inline-flex; align-items: center; gap: 0.4em; }
  .swatch { width: 1.6em; height: 0; border-top: 3px solid; display: inline-block; }
  .swatch.current { border-color: var(--_current); }
  .swatch.previous { border-color: var(--_previous); border-top-style: dashed; }
  .swatch.target { border-color: var(--_target); border-top-style: dotted; }
  table { border-collapse: collapse; width: 100%; font-size: 0.95em; }
  th, td { text-align: start; padding: 0.35em 0.5em; border-bottom: 1px solid var(--_border); vertical-align: top; }
  td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; }
  .cards { display: grid; gap: 0.75em; grid-template-columns: repeat(auto-fit, minmax(16em, 1fr)); }
  .card { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.75em 0.9em; background: var(--_surface); }
  .card h4 { margin: 0 0 0.25em; font-size: 1em; display: flex; justify-content: space-between; gap: 0.5em; }
  .bar-row { display: grid; grid-template-columns: minmax(0, 1fr) 3em; gap: 0.15em 0.5em; align-items: center; font-size: 0.9em; margin: 0.3em 0; }
  .bar { grid-column: 1 / -1; width: 100%; height: 0.5em; display: block; }
  .bar .track { fill: var(--_surface-alt); }
  .bar .fill { fill: var(--_bar); }
  .chips { display: flex; flex-wrap: wrap; gap: 0.4em; padding: 0; margin: 0.25em 0; list-style: none; }
  .chip { border-radius: 999px; padding: 0.15em 0.7em; border: 1px solid var(--_border); font-size: 0.9em; }
  .chip.on { border-color: var(--_success); color: var(--_success); font-weight: 600; }
  .chip.off { color: var(--_muted); text-decoration: line-through; }
  .drill { margin-top: 0.5em; border-top: 1px dashed var(--_border); padding-top: 0.5em; }
  .drill li { margin-bottom: 0.6em; }
  .trace { font-family: ui-monospace, monospace; font-size: 0.85em; color: var(--_muted); overflow-wrap: anywhere; }
  .steps li { margin-bottom: 0.5em; }
  .horizon { display: inline-block; font-size: 0.8em; font-weight: 600; border-radius: 4px; padding: 0 0.4em; background: var(--_surface-alt); margin-inline-end: 0.4em; }
  .published { order: 1; flex-basis: 100%; margin: 0; color: var(--_muted); }
  .verification caption { text-align: start; font-weight: 600; padding: 0.75em 0 0.35em; }
  .verification .scroll { overflow-x: auto; }
  .verification tr.differs > * { background: var(--_surface-alt); }
  .verification [data-comment] { min-width: 12em; }
  .empty { text-align: center; padding: 1.5em; border: 1px dashed var(--_border); border-radius: var(--_radius); }
  @media print {
    :host { color: #000; }
    .tools, button, .no-print { display: none !important; }
    .drill-content[hidden] { display: none !important; }
    table[hidden] { display: table !important; }
    .card, .figure, svg.radar, .verification tr { break-inside: avoid; }
    .verification .scroll { overflow: visible; }
    h3 { break-after: avoid; }
    /* A4 is too narrow for the radar, its table and the commitments side by side (the table's
       Target column was cut): the radar beside its table, the commitments and readiness below. */
    .summary { grid-template-columns: repeat(auto-fit, minmax(7.5em, 1fr)); }
    .chart { grid-template-columns: minmax(0, 1fr); }
    .radar-block { display: grid; grid-template-columns: minmax(0, 18em) minmax(0, 1fr); gap: var(--_space); align-items: start; }
    .radar-block table { font-size: 0.85em; }
    .context { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: var(--_space); align-items: start; }
    .context h3 { margin-top: 0; }
  }
`;
