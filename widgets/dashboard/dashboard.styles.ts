import { css } from 'lit';

/** The dashboard's own rules; the radar, cards, legend and tables come from the scorecard's view styles. */
export const dashboardStyles = css`
  h2 { margin: 0 0 0.25em; font-size: 1.35em; }
  .intro, .note { color: var(--_muted); font-size: 0.9em; margin: 0 0 0.75em; max-width: 70ch; }
  .status:empty { display: none; }
  .filters { display: flex; flex-wrap: wrap; gap: 0.75em 1.25em; margin: 0 0 var(--_space); padding: 0.75em; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface-alt); }
  .filters label { display: flex; flex-direction: column; gap: 0.2em; font-size: 0.9em; font-weight: 600; min-width: 9em; flex: 1 1 9em; }
  select { font: inherit; font-weight: normal; min-height: 2.5em; padding: 0.3em 0.5em; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); color: var(--_text); }
  .tools { margin: 0 0 0.75em; }
  .scroll { overflow-x: auto; max-width: 100%; }
  caption { text-align: start; color: var(--_muted); font-size: 0.85em; padding: 0 0 0.4em; caption-side: top; }
  th button.sort { border: 0; background: none; color: var(--_text); font-weight: 700; padding: 0.2em 0; min-height: 2.75em; min-width: 2.75em; text-align: inherit; display: inline-flex; align-items: center; gap: 0.3em; }
  th.num button.sort { justify-content: flex-end; width: 100%; }
  .arrow { font-size: 0.75em; color: var(--_accent); }
  td.num, th.num { white-space: nowrap; }
  tbody th { font-weight: 600; min-width: 10em; }
  .code { display: block; font-weight: normal; font-size: 0.8em; color: var(--_muted); }
  a { color: var(--_accent); }
  .score { display: block; font-weight: 600; }
  .lvl { display: block; font-size: 0.78em; color: var(--_muted); white-space: normal; }
  .lvl.provisional { color: var(--_warning); font-weight: 600; }
  .lvl.provisional::before { content: "≈ "; }
  .card h4 { margin-bottom: 0.4em; }
  svg.stack { width: 100%; height: 0.8em; display: block; border-radius: 3px; background: var(--_surface-alt); }
  .seg.l1, .swatch-box.l1 { fill: color-mix(in srgb, var(--_accent) 20%, white); background: color-mix(in srgb, var(--_accent) 20%, white); }
  .seg.l2, .swatch-box.l2 { fill: color-mix(in srgb, var(--_accent) 40%, white); background: color-mix(in srgb, var(--_accent) 40%, white); }
  .seg.l3, .swatch-box.l3 { fill: color-mix(in srgb, var(--_accent) 60%, white); background: color-mix(in srgb, var(--_accent) 60%, white); }
  .seg.l4, .swatch-box.l4 { fill: color-mix(in srgb, var(--_accent) 80%, white); background: color-mix(in srgb, var(--_accent) 80%, white); }
  .seg.l5, .swatch-box.l5 { fill: var(--_accent); background: var(--_accent); }
  .seg.provisional, .swatch-box.provisional { fill: var(--_warning); background: var(--_warning); }
  .seg.unscored, .swatch-box.unscored { fill: var(--_border); background: var(--_border); }
  .counts { list-style: none; padding: 0; margin: 0.5em 0; font-size: 0.85em; display: grid; gap: 0.15em; }
  .counts li { display: flex; align-items: center; gap: 0.4em; }
  .swatch-box { width: 0.8em; height: 0.8em; border-radius: 2px; display: inline-block; flex: none; border: 1px solid var(--_border); }
  .stats { font-size: 0.85em; margin: 0; }
  svg.trend { width: 100%; max-width: 40em; height: auto; display: block; margin: 0 0 0.75em; }
  .trend .grid line { stroke: var(--_border); stroke-width: 1; }
  .trend .tick { font-size: 12px; fill: var(--_muted); }
  .trend .series polyline { fill: none; }
  .trend .region polyline { stroke: var(--_muted); stroke-width: 1.5; stroke-opacity: 0.6; }
  .trend .region circle { fill: var(--_muted); fill-opacity: 0.7; }
  .trend .median polyline { stroke: var(--_accent); stroke-width: 3.5; }
  .trend .median circle { fill: var(--_accent); }
  tr.median th, tr.median td { font-weight: 700; }
  .print-only { display: none; }
  @media print {
    .filters { display: none; }
    .print-only { display: block; font-weight: 600; }
    th button.sort { display: inline-flex !important; }
    .arrow { display: none; }
    .scroll { overflow: visible; }
    a { color: inherit; text-decoration: none; }
    section { break-inside: auto; }
    tr { break-inside: avoid; }
  }
`;
