import { css } from 'lit';
import { tokens } from '../internal/tokens.js';

/** What the workspace elements share beyond the widgets' design tokens: forms, tables, notices. */
export const workspaceStyles = [
  tokens,
  css`
    :host { background: transparent; }
    label { display: block; font-weight: 600; margin: 0.75em 0 0.25em; }
    input, select, textarea {
      font: inherit; color: inherit; width: 100%; padding: 0.5em 0.6em; min-height: 2.75em;
      border: 1px solid var(--_muted); border-radius: var(--_radius); background: var(--_surface);
    }
    textarea { min-height: 4.5em; resize: vertical; }
    [aria-invalid='true'] { border-color: var(--_danger); }
    .card { background: var(--_surface); border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_space); margin: 0 0 var(--_space); }
    .row { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; margin-top: 0.75em; }
    .scroll { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: start; padding: 0.45em 0.6em; border-bottom: 1px solid var(--_border); vertical-align: top; }
    td.num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
    progress { width: 100%; min-width: 5em; accent-color: var(--_accent); }
    h2 { font-size: 1.25em; margin: 0 0 0.5em; }
    h3 { font-size: 1.05em; margin: 1em 0 0.35em; }
    details { margin: 0.35em 0; }
    summary { cursor: pointer; padding: 0.25em 0; }
    ul.plain { margin: 0.25em 0; padding-inline-start: 1.25em; }
    .muted { color: var(--_muted); }
    [role='alert'] > .notice, [role='status'] > .notice { margin: 0.75em 0; }
  `,
];
