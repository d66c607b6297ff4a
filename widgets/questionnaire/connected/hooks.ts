/**
 * What the always-loaded questionnaire asks of its connected mode (the chunk `connect.ts`,
 * loaded only when `assessment-url` is set). A type only: it costs widgets.js nothing.
 */
export interface ConnectedHooks {
  /** Changes whenever what `render` draws inside an indicator changes (a dependency of the questions' `guard`). */
  readonly version: number;
  /**
   * `status`: the toolbar's status line (instead of the browser-draft time). With an
   * indicator id, `top`: its conflict or the server's refusal; `files`: its evidence files
   * (the list, the picker and drop zone, uploads in progress).
   */
  render(place: 'status' | 'top' | 'files', indicatorId?: string): unknown;
}

/** `detail` of `smart-city-sync` (connected mode): where the work stands with the server. */
export interface SmartCitySyncDetail {
  status: 'loading' | 'saving' | 'saved' | 'offline' | 'retrying' | 'signed-out' | 'locked' | 'read-only' | 'refused' | 'load-failed' | 'not-stored' | 'submit-waits';
  /** Changes not yet on the server (kept in this browser). */
  waiting: number;
  /** Indicators whose conflict waits for the user's choice. */
  conflicts: number;
}

/** `detail` of `smart-city-upload` (connected mode): an evidence file the server stored. */
export interface SmartCityUploadDetail {
  indicatorId: string;
  file: { id: string; fileName: string; size: number; uploadedAt: string };
}
