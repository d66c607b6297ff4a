import { css } from 'lit';

/** What the scorecard needs before its view arrives (its frame); the rest is in scorecard-view.styles.ts. */
export const scorecardStyles = css`
  :host {
    /* Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
    --_current: var(--scm-series-current, #0072b2);
    --_previous: var(--scm-series-previous, #e69f00);
    --_target: var(--scm-series-target, #009e73);
    --_bar: var(--scm-bar, var(--_current));
  }
  header { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.5em; align-items: baseline; }
  h2 { margin: 0; font-size: 1.35em; }
  .figure { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.6em 0.8em; background: var(--_surface); }
  /* The frame shown until the view and the framework arrive: the header's and the figures' room. */
  .frame-figures { display: grid; gap: 0.75em; grid-template-columns: repeat(auto-fit, minmax(8.25em, 1fr)); margin: var(--_space) 0; }
  .frame-figures .figure { height: 5.5em; background: var(--_surface-alt); border-color: transparent; }
  .frame-chart { aspect-ratio: 1; max-width: 30em; border-radius: var(--_radius); background: var(--_surface-alt); }
`;
