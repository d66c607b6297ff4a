import { css } from 'lit';

export const questionnaireStyles = css`
  .layout { display: grid; gap: var(--_space); grid-template-columns: minmax(0, 1fr); }
  @media (min-width: 900px) { .layout { grid-template-columns: 16rem minmax(0, 1fr); align-items: start; } }
  .bar { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; justify-content: space-between; margin-bottom: var(--_space); }
  .overall { flex: 1 1 14rem; }
  .overall-label { font-size: 0.9rem; color: var(--_muted); }
  progress { width: 100%; height: 0.6rem; accent-color: var(--_accent); }
  .tools { display: flex; flex-wrap: wrap; gap: 0.5rem; }
  nav ol { list-style: none; margin: 0; padding: 0; display: flex; gap: 0.25rem; overflow-x: auto; }
  @media (min-width: 900px) { nav ol { flex-direction: column; overflow: visible; } }
  nav button {
    width: 100%; text-align: start; border-color: var(--_border); color: var(--_text);
    display: flex; flex-direction: column; gap: 0.1rem; white-space: nowrap;
  }
  @media (min-width: 900px) { nav button { white-space: normal; } }
  nav button[aria-current='step'] { border-color: var(--_accent); background: var(--_surface-alt); box-shadow: inset 4px 0 0 var(--_accent); }
  nav .count { font-size: 0.8rem; color: var(--_muted); }
  nav .count.done { color: var(--_success); }
  h2 { font-size: 1.35rem; margin: 0 0 0.25rem; }
  h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
  .lead { color: var(--_muted); margin: 0 0 var(--_space); }
  fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); margin: 0 0 var(--_space); padding: var(--_space); min-width: 0; }
  /* Questions below the fold skip layout and paint until scrolled near (they stay in the
     accessibility tree and in find-in-page): a long step opens as fast as a short one. */
  fieldset.indicator { background: var(--_surface); content-visibility: auto; contain-intrinsic-size: auto 34rem; }
  /* A jump to a question shows its title, clear of a portal's sticky header (settable). */
  fieldset.indicator, .field input, .field textarea { scroll-margin-top: var(--scm-scroll-margin, 1rem); }
  @media print { fieldset.indicator { content-visibility: visible; } }
  legend { font-weight: 600; padding: 0 0.25rem; }
  .choices { display: flex; flex-direction: column; gap: 0.4rem; margin-top: 0.5rem; }
  /* Flex rather than grid: a step of sixty questions lays out six times as many choices. */
  .choice {
    display: flex; gap: 0.6rem; align-items: flex-start;
    border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.55rem 0.7rem; cursor: pointer;
  }
  .choice.chosen { border-color: var(--_accent); background: var(--_surface-alt); box-shadow: inset 4px 0 0 var(--_accent); }
  .choice input { margin: 0.3rem 0 0; width: 1.1rem; height: 1.1rem; flex: none; accent-color: var(--_accent); }
  .choice .name { display: block; font-weight: 600; }
  .choice .desc { display: block; color: var(--_text); }
  .choice.na .desc { color: var(--_muted); }
  button.clear { margin-top: 0.5rem; border: none; padding: 0.2rem 0; min-height: auto; text-decoration: underline; background: none; }
  .flag { color: var(--_warning); font-weight: 600; margin: 0.5rem 0 0; }
  .flag.ok { color: var(--_success); font-weight: normal; }
  details.more { margin-top: 0.75rem; }
  details.more > summary, details.guidance > summary { cursor: pointer; color: var(--_accent); }
  .field { display: grid; gap: 0.2rem; margin-bottom: 0.75rem; }
  .field label { font-weight: 600; }
  .hint { font-size: 0.85rem; color: var(--_muted); }
  .error-text { color: var(--_danger); font-size: 0.9rem; }
  .required { font-weight: normal; color: var(--_muted); font-size: 0.85rem; }
  .submit-area { display: grid; gap: 0.5rem; justify-items: end; flex: 1 1 auto; }
  .submit-area .notice { justify-self: stretch; margin: 0; }
  .submit-area .notice ul { margin: 0.35rem 0 0; padding-inline-start: 1.2rem; }
  .submit-area .notice a { color: inherit; }
  .completion { margin: 0; flex: 1 1 auto; }
  .group-title { font-size: 1rem; margin: 0.75rem 0 0.25rem; }
  .set-aside { margin: 0.5rem 0 0; padding-inline-start: 1.2rem; }
  .set-aside li { margin-bottom: 0.4rem; }
  .set-aside .hint { display: block; }
  input[type='text'], input[type='url'], input[type='email'], textarea {
    font: inherit; color: inherit; border: 1px solid var(--_border); border-radius: var(--_radius);
    padding: 0.45rem 0.6rem; width: 100%; background: var(--_surface);
  }
  input[aria-invalid='true'] { border-color: var(--_danger); }
  textarea { min-height: 4.5rem; resize: vertical; }
  .grid2 { display: grid; gap: 0 var(--_space); grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); }
  .evidence-item { border-top: 1px dashed var(--_border); padding-top: 0.5rem; margin-top: 0.5rem; }
  .checks { display: flex; flex-wrap: wrap; gap: 0.4rem 1rem; }
  .checks label { display: inline-flex; gap: 0.35rem; align-items: center; }
  .pager { display: flex; justify-content: space-between; gap: 0.5rem; margin-top: var(--_space); }
  .review-list { margin: 0 0 var(--_space); padding-inline-start: 1.2rem; }
  .review-list button { border: none; padding: 0; min-height: auto; text-decoration: underline; background: none; text-align: start; }
  .preview { display: grid; gap: 0.5rem; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); margin-bottom: var(--_space); }
  .figure { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.6rem 0.8rem; }
  .figure .value { font-size: 1.6rem; font-weight: 700; }
  .figure .label { color: var(--_muted); font-size: 0.9rem; }
  .qnum { color: var(--_muted); font-weight: normal; margin-inline-end: 0.35rem; }
  .section-title { margin-top: 1.25rem; }
  /* Phones: less nesting padding, so a rubric line keeps a readable length at 360 px. */
  @media (max-width: 480px) {
    fieldset { padding: 0.6rem; }
    fieldset.indicator { padding: 0.6rem 0.5rem; }
    .choice { padding: 0.5rem; gap: 0.45rem; }
  }
  @media print { nav, .tools, .pager, button { display: none !important; } }
`;
