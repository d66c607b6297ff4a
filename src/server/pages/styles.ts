/**
 * The stylesheet of the server's pages, served as /assets/workspace.css (the strict CSP
 * allows no inline style). The workspace elements read the same --scm-* tokens.
 */
export const WORKSPACE_CSS = `
:root {
  --scm-accent: #1d4ed8;
  --scm-text: #1f2933;
  --scm-muted: #52606d;
  --scm-border: #c5ccd6;
  --scm-surface: #ffffff;
  --scm-surface-alt: #f3f5f8;
  --scm-focus: #b45309;
  color-scheme: light;
}
*, *::before, *::after { box-sizing: border-box; }
html { font-size: 100%; -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  line-height: 1.5;
  color: var(--scm-text);
  background: var(--scm-surface-alt);
}
a { color: var(--scm-accent); }
:focus-visible { outline: 3px solid var(--scm-focus); outline-offset: 2px; }
.skip { position: absolute; left: -9999px; top: 0; background: var(--scm-surface); padding: 0.5em 1em; z-index: 10; }
.skip:focus { left: 0.5em; top: 0.5em; }
.top {
  display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em 1.5em;
  padding: 0.75em clamp(1em, 4vw, 2em);
  background: var(--scm-surface); border-bottom: 1px solid var(--scm-border);
}
.brand { font-weight: 700; color: var(--scm-text); text-decoration: none; }
.top nav ul, .tabs ul, ul.links { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25em 1em; }
.top nav a[aria-current="page"] { font-weight: 700; }
.account { margin-inline-start: auto; display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em 1em; }
.who { color: var(--scm-muted); font-size: 0.95em; }
main { display: block; max-width: 72rem; margin: 0 auto; padding: 1.25em clamp(1em, 4vw, 2em) 3em; }
main:focus { outline: none; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.25em 0 0.35em; }
h2 { font-size: 1.25rem; margin: 1.5em 0 0.5em; }
.lead { color: var(--scm-muted); margin-top: 0; }
.crumbs { margin: 0; font-size: 0.95em; }
.narrow { max-width: 28rem; margin: 2em auto; }
.tabs { margin: 1em 0 1.25em; border-bottom: 1px solid var(--scm-border); }
.tabs a { display: inline-block; padding: 0.5em 0.25em; text-decoration: none; }
.tabs a[aria-current="page"] { font-weight: 700; color: var(--scm-text); border-bottom: 3px solid var(--scm-accent); }
.table-scroll { overflow-x: auto; background: var(--scm-surface); border: 1px solid var(--scm-border); border-radius: 8px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: start; padding: 0.55em 0.75em; border-bottom: 1px solid var(--scm-border); vertical-align: top; }
tbody tr:last-child > * { border-bottom: 0; }
td.num { text-align: end; font-variant-numeric: tabular-nums; }
.status { display: inline-block; padding: 0.05em 0.6em; border-radius: 999px; border: 1px solid currentColor; font-size: 0.9em; }
.status-draft { color: #52606d; }
.status-locked { color: #8a4b00; }
.status-submitted, .status-verified { color: #0f7b3f; }
smart-city-questionnaire, smart-city-progress, smart-city-assignments, smart-city-verify, smart-city-login,
smart-city-assessment-scorecard, smart-city-dashboard, smart-city-scorecard, smart-city-portal-settings {
  display: block; margin: 1em 0;
}
/* Room for the dashboard and a scorecard before their script runs: no layout shift. */
smart-city-dashboard:not(:defined), smart-city-scorecard:not(:defined) { min-height: 40em; }
@media print { .top, .skip { display: none; } main { max-width: none; padding: 0; } }
@media (max-width: 40rem) {
  .top { gap: 0.25em 1em; }
  .account { margin-inline-start: 0; width: 100%; gap: 0.25em 1em; }
  .who { flex-basis: 100%; order: -1; font-size: 0.9em; }
  h1 { font-size: 1.35rem; }
}
`;
