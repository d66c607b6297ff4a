import { css } from 'lit';

/** The connected mode's own styles, added to the questionnaire's shadow root when it connects. */
export const connectedStyles = css`
  .server-status { font-size: 0.9em; color: var(--_muted); }
  .server-status.problem { color: var(--_danger); }
  .conflict { border: 2px solid var(--_warning); border-radius: var(--_radius); padding: 0.75em; margin: 0.5em 0; background: var(--_surface-alt); }
  .conflict dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25em 0.75em; margin: 0.5em 0; }
  .conflict dt { font-weight: 600; }
  .conflict dd { margin: 0; }
  .files { margin-top: 0.75em; }
  .files-title { font-weight: 600; margin-bottom: 0.25em; }
  .file-list, .upload-list { margin: 0.25em 0; padding-inline-start: 1.25em; }
  .upload-list progress { display: block; max-width: 20em; }
  .drop-zone { border: 2px dashed var(--_border); border-radius: var(--_radius); padding: 0.75em; display: flex; flex-direction: column; gap: 0.35em; }
  .drop-zone.dragging { border-color: var(--_accent); background: var(--_surface-alt); }
`;

/** Who may not submit (everyone but the region's coordinator) does not see the submit button. */
export const noSubmitStyles = css`
  .submit-area { display: none; }
`;
