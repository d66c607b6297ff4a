import { css } from 'lit';

/**
 * Design tokens both widgets read. Each is a CSS custom property with a default, so a portal
 * themes the widgets from outside: `smart-city-scorecard { --scm-accent: #0b6e4f; }`.
 */
export const tokens = css`
  :host {
    --_accent: var(--scm-accent, #1d4ed8);
    --_accent-contrast: var(--scm-accent-contrast, #ffffff);
    --_text: var(--scm-text, #1f2933);
    --_muted: var(--scm-muted, #52606d);
    --_surface: var(--scm-surface, #ffffff);
    --_surface-alt: var(--scm-surface-alt, #f3f5f8);
    --_border: var(--scm-border, #c5ccd6);
    --_danger: var(--scm-danger, #b42318);
    --_warning: var(--scm-warning, #8a4b00);
    --_success: var(--scm-success, #0f7b3f);
    --_radius: var(--scm-radius, 8px);
    --_space: var(--scm-space, 1em);
    --_font: var(--scm-font, inherit);
    /* 5.0:1 on white; amber (#f59e0b) was 2.1:1, under the 3:1 a focus indicator needs. */
    --_focus: var(--scm-focus, #b45309);
    display: block;
    /* The widget's own base, so the portal's root size (html { font-size: 62.5% }), alignment
       and colours do not reach in. Every size inside is in em of this base, never rem. */
    font-family: var(--_font);
    font-size: var(--scm-font-size, max(1rem, 16px));
    font-weight: normal;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    color: var(--_text);
    background: var(--_surface);
    box-sizing: border-box;
    /* Layout follows the widget's own width (a 700 px column on a wide screen), not the viewport's. */
    container: scm / inline-size;
  }
  /* Set, not inherited: a portal's * { box-sizing: content-box } reaches the host, and a
     <details> passes content-box on to its contents through its own shadow tree. */
  *, *::before, *::after { box-sizing: border-box; }
  :focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    padding: 0.45em 0.9em;
    min-height: 2.5em;
  }
  button.primary { background: var(--_accent); color: var(--_accent-contrast); }
  button:disabled { opacity: 0.55; cursor: not-allowed; }
  .visually-hidden {
    position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
    overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
  .notice { border-radius: var(--_radius); padding: 0.75em 1em; margin: 0 0 var(--_space); border: 1px solid var(--_border); background: var(--_surface-alt); }
  .notice.error { border-color: var(--_danger); color: var(--_danger); background: #fff5f4; }
  .notice.warning { border-color: var(--_warning); color: var(--_warning); background: #fff8ec; }
  .notice.success { border-color: var(--_success); color: var(--_success); background: #f0faf4; }
`;
