import { css } from 'lit';

export const questionnaireStyles = css`
  .layout { display: grid; gap: var(--_space); grid-template-columns: minmax(0, 1fr); }
  /* The step list goes beside the form only when the widget itself is wide enough (56 em = 896 px at
     the 16 px base): in a 700 px portal column it sits above, and the form keeps the width. */
  @container scm (min-width: 56em) { .layout { grid-template-columns: 16em minmax(0, 1fr); align-items: start; } }
  .bar { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; justify-content: space-between; margin-bottom: var(--_space); }
  .overall { flex: 1 1 14em; }
  .overall-label { font-size: 0.9em; color: var(--_muted); }
  progress { width: 100%; height: 0.6em; accent-color: var(--_accent); }
  .tools { display: flex; flex-wrap: wrap; gap: 0.5em; }
  nav ol { list-style: none; margin: 0; padding: 0; display: flex; gap: 0.25em; overflow-x: auto; }
  @container scm (min-width: 56em) { nav ol { flex-direction: column; overflow: visible; } }
  nav button {
    width: 100%; text-align: start; border-color: var(--_border); color: var(--_text);
    display: flex; flex-direction: column; gap: 0.1em; white-space: nowrap;
  }
  @container scm (min-width: 56em) { nav button { white-space: normal; } }
  nav button[aria-current='step'] { border-color: var(--_accent); background: var(--_surface-alt); box-shadow: inset 4px 0 0 var(--_accent); }
  nav .count { font-size: 0.8em; color: var(--_muted); }
  nav .count.done { color: var(--_success); }
  h2 { font-size: 1.35em; margin: 0 0 0.25em; }
  h3 { font-size: 1.1em; margin: 1.5em 0 0.5em; }
  .lead { color: var(--_muted); margin: 0 0 var(--_space); }
  fieldset { border: 1px solid var(--_border); border-radius: var(--_radius); margin: 0 0 var(--_space); padding: var(--_space); min-width: 0; }
  /* No content-visibility: auto here. A long step opens fast anyway (the first screenful is
     rendered first, the rest when idle), and a skipped question has to be styled and laid out
     whole at the moment it is answered, which made every answer below the fold cost twice. */
  /* Layout and paint containment: an answer changes one question, and the frame after it then
     re-records that question's paint alone, not the whole step's (all the work of an answer, A/B
     over 9 interleaved loads: 5.7 → 4.3 ms at 90 questions, 11.0 → 4.9 ms at 1,440). Paint
     containment clips to the padding box; a fieldset's legend is not clipped by it. */
  fieldset.indicator { background: var(--_surface); contain: layout paint; }
  /* A jump to a question shows its title, clear of a portal's sticky header (settable). */
  fieldset.indicator, .field input, .field textarea { scroll-margin-top: var(--scm-scroll-margin, 1em); }
  legend { font-weight: 600; padding: 0 0.25em; }
  .choices { display: flex; flex-direction: column; gap: 0.4em; margin-top: 0.5em; }
  /* Flex rather than grid: a step of sixty questions lays out six times as many choices. */
  .choice {
    display: flex; gap: 0.6em; align-items: flex-start;
    border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.55em 0.7em; cursor: pointer;
  }
  .choice.chosen { border-color: var(--_accent); background: var(--_surface-alt); box-shadow: inset 4px 0 0 var(--_accent); }
  .choice input { margin: 0.3em 0 0; width: 1.1em; height: 1.1em; flex: none; accent-color: var(--_accent); }
  .choice .name { display: block; font-weight: 600; }
  .choice .desc { display: block; color: var(--_text); }
  .choice.na .desc { color: var(--_muted); }
  button.clear { margin-top: 0.5em; border: none; padding: 0.2em 0; min-height: auto; text-decoration: underline; background: none; }
  /* Kept in place while there is nothing to clear (invisible, so neither focused nor announced):
     a first answer then changes no question's height, and nothing below has to move. */
  button.clear.unused { visibility: hidden; }
  .flag { color: var(--_warning); font-weight: 600; margin: 0.5em 0 0; }
  .flag.ok { color: var(--_success); font-weight: normal; }
  details.more { margin-top: 0.75em; }
  details.more > summary, details.guidance > summary { cursor: pointer; color: var(--_accent); }
  .field { display: grid; gap: 0.2em; margin-bottom: 0.75em; align-content: start; }
  .field label { font-weight: 600; }
  /* Until the framework arrives: room for the first step, or the screen, whichever is less. */
  .pending { min-height: min(60em, 100vh); }
  .hint { font-size: 0.85em; color: var(--_muted); }
  .error-text { color: var(--_danger); font-size: 0.9em; }
  .required { font-weight: normal; color: var(--_muted); font-size: 0.85em; }
  .submit-area { display: grid; gap: 0.5em; justify-items: end; flex: 1 1 auto; }
  .submit-area .notice { justify-self: stretch; margin: 0; }
  .submit-area .notice ul { margin: 0.35em 0 0; padding-inline-start: 1.2em; }
  .submit-area .notice a { color: inherit; }
  .completion { margin: 0; flex: 1 1 auto; }
  .group-title { font-size: 1em; margin: 0.75em 0 0.25em; }
  .set-aside { margin: 0.5em 0 0; padding-inline-start: 1.2em; }
  .set-aside li { margin-bottom: 0.4em; }
  .set-aside .hint { display: block; }
  input[type='text'], input[type='url'], input[type='email'], textarea {
    font: inherit; color: inherit; border: 1px solid var(--_border); border-radius: var(--_radius);
    padding: 0.45em 0.6em; width: 100%; background: var(--_surface);
  }
  input[aria-invalid='true'] { border-color: var(--_danger); }
  textarea { min-height: 4.5em; resize: vertical; }
  .grid2 { display: grid; gap: 0 var(--_space); grid-template-columns: repeat(auto-fit, minmax(14em, 1fr)); }
  .evidence-item { border-top: 1px dashed var(--_border); padding-top: 0.5em; margin-top: 0.5em; }
  .checks { display: flex; flex-wrap: wrap; gap: 0.4em 1em; }
  .checks label { display: inline-flex; gap: 0.35em; align-items: center; }
  .pager { display: flex; justify-content: space-between; gap: 0.5em; margin-top: var(--_space); }
  .review-list { margin: 0 0 var(--_space); padding-inline-start: 1.2em; }
  .review-list button { border: none; padding: 0; min-height: auto; text-decoration: underline; background: none; text-align: start; }
  .preview { display: grid; gap: 0.5em; grid-template-columns: repeat(auto-fit, minmax(10em, 1fr)); margin-bottom: var(--_space); }
  .figure { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.6em 0.8em; }
  .figure .value { font-size: 1.6em; font-weight: 700; }
  .figure .label { color: var(--_muted); font-size: 0.9em; }
  .qnum { color: var(--_muted); font-weight: normal; margin-inline-end: 0.35em; }
  .section-title { margin-top: 1.25em; }
  /* Phones: less nesting padding, so a rubric line keeps a readable length at 360 px. */
  @container scm (max-width: 30em) {
    fieldset { padding: 0.6em; }
    fieldset.indicator { padding: 0.6em 0.5em; }
    .choice { padding: 0.5em; gap: 0.45em; }
  }
  @media print {
    nav, .tools, .pager, button { display: none !important; }
    /* On paper a question may break across pages as it always did. */
    fieldset.indicator { contain: none; }
  }
`;
