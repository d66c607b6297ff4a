import { nothing } from 'lit';
import { AnswerSchema } from '../../../src/internal-connected.js';
import type { Assessment } from '../../../src/internal.js';
import { langOf } from '../../internal/messages.js';
import type { SmartCityChangeDetail, SmartCityQuestionnaire } from '../questionnaire.component.js';
import { AssessmentAnswerSchema, ConflictSchema, MeSchema, NotAssignedSchema, SavedSchema, call, type Conflict, type ServerReply, type ServerUser } from './api.js';
import { renderConflict, renderRefusal } from './conflict-view.js';
import { EvidenceFiles } from './evidence-files.js';
import type { ConnectedHooks, SmartCitySyncDetail } from './hooks.js';
import { LocalQueue, type PendingChange } from './local-queue.js';
import { connectedMessages, type ConnectedMessages } from './messages.js';
import { connectedStyles, noSubmitStyles } from './connected.styles.js';
import { renderStatus, type LinkStatus } from './status-view.js';

/** Roles that answer (docs/server.md, Roles); the others read. */
const WRITERS = new Set(['admin', 'coordinator', 'contributor']);
const SUBMITTERS = new Set(['admin', 'coordinator']);
/** A burst of typing is sent as one save. */
const SEND_AFTER_MS = 600;
const MAX_BACKOFF_S = 60;

/**
 * Connects a questionnaire to the workspace server: loads the assessment, saves each change
 * as a PATCH of the changed indicators (If-Match), queues changes while offline (kept in
 * localStorage) and sends them when the connection returns, and settles conflicts at their
 * indicator. Called by the questionnaire when `assessment-url` is set.
 */
export function connect(element: SmartCityQuestionnaire, url: string): ConnectedHooks {
  return new ServerLink(element, url);
}

class ServerLink implements ConnectedHooks {
  version = 0;
  private readonly url: string;
  private readonly queue: LocalQueue;
  private user: ServerUser | undefined;
  private csrf: string | undefined;
  /** The server's document as last read, and its version (the If-Match of new changes). */
  private document: Assessment | undefined;
  private serverVersion = 0;
  private status: LinkStatus = { kind: 'loading' };
  private savedAt = '';
  private readonly conflicts = new Map<string, Conflict>();
  private readonly refusals = new Map<string, string>();
  private sending = false;
  private timer: number | undefined;
  private failures = 0;
  private readonly files: EvidenceFiles;
  private submitSetUp = false;

  constructor(private readonly element: SmartCityQuestionnaire, url: string) {
    this.url = new URL(url, location.href).href;
    this.queue = new LocalQueue(`smart-city-maturity:connected:${this.url}`);
    this.files = new EvidenceFiles({
      assessmentUrl: this.url,
      t: () => this.t,
      csrf: () => this.csrf,
      lang: () => this.lang,
      changed: () => this.changed(true),
      uploaded: (detail) => this.element.dispatchEvent(new CustomEvent('smart-city-upload', { detail, bubbles: true, composed: true })),
    });
    // Nothing is answered before the server's copy is there: it would replace the answers.
    element.readonly = true;
    element.addEventListener('smart-city-change', this.onChange);
    window.addEventListener('online', this.onOnline);
    window.addEventListener('offline', this.onOffline);
    const root = element.shadowRoot;
    if (root) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...[connectedStyles.styleSheet].filter((s) => s !== undefined)];
    void this.load();
  }

  private get lang(): 'id' | 'en' {
    return langOf(this.element.lang);
  }

  private get t(): ConnectedMessages {
    return connectedMessages(this.lang);
  }

  /** Redraws the status line, and with `indicators` the indicators' conflicts and files too. */
  private changed(indicators = false): void {
    if (indicators) this.version++;
    this.element.requestUpdate();
  }

  private setStatus(status: LinkStatus): void {
    this.status = status;
    this.changed();
    const detail: SmartCitySyncDetail = { status: status.kind, waiting: this.queue.waiting, conflicts: this.conflicts.size };
    this.element.dispatchEvent(new CustomEvent('smart-city-sync', { detail, bubbles: true, composed: true }));
  }

  render(place: 'status' | 'top' | 'files', indicatorId = ''): unknown {
    if (place === 'status') {
      return renderStatus({
        t: this.t, lang: this.lang, status: this.status, waiting: this.queue.waiting, conflicts: this.conflicts.size, savedAt: this.savedAt,
        signInUrl: this.element.signInUrl, retry: () => this.sendNow(),
      });
    }
    if (place === 'files') return this.files.render(indicatorId, this.element.readonly);
    const conflict = this.conflicts.get(indicatorId);
    const mine = this.queue.pending.get(indicatorId);
    if (conflict && mine) {
      return renderConflict({
        t: this.t, lang: this.lang, conflict, mine: mine.answer, mineAt: mine.at, readonly: this.element.readonly,
        keepMine: () => this.keepMine(indicatorId), takeTheirs: (edit) => this.takeTheirs(indicatorId, edit),
      });
    }
    const refusal = this.refusals.get(indicatorId);
    return refusal ? renderRefusal(this.t, refusal, () => this.dismissRefusal(indicatorId)) : nothing;
  }

  // ---- loading -------------------------------------------------------------------------

  private async load(): Promise<void> {
    const me = await call(new URL('/api/auth/me', this.url).href, { lang: this.lang });
    if (me.status === 401) {
      this.signedOut(true);
      return;
    }
    const parsedMe = MeSchema.safeParse(me.body);
    if (me.status === 0 || !parsedMe.success) return this.loadOffline(me);
    this.user = parsedMe.data.user;
    this.csrf = parsedMe.data.csrfToken;
    this.queue.claim(this.user);
    const ok = await this.refresh();
    if (!ok) return;
    const user = this.user;
    const writable = this.status.kind !== 'locked' && WRITERS.has(user.role);
    if (user.role === 'contributor' && user.opd) this.element.opd = user.opd;
    this.element.readonly = !writable;
    if (!WRITERS.has(user.role)) this.setStatus({ kind: 'read-only' });
    this.setUpSubmit(writable && SUBMITTERS.has(user.role));
    void this.files.load();
    this.send();
  }

  /** Offline (or a server that does not answer): the last copy of the server's document with the waiting changes. */
  private loadOffline(answer: ServerReply): void {
    const copy = this.queue.readCopy();
    const document = copy && AssessmentAnswerSchema.shape.document.safeParse(copy.document);
    if (!copy || !document?.success || (answer.status !== 0 && answer.status !== 401)) {
      this.setStatus({ kind: 'load-failed', message: answer.message });
      return;
    }
    this.document = copy.document as Assessment;
    this.serverVersion = copy.version;
    this.savedAt = copy.at;
    this.show();
    // The person of the last visit: an OPD sees its own share, a reader still reads.
    const user = this.queue.user;
    if (user?.role === 'contributor' && user.opd) this.element.opd = user.opd;
    this.element.readonly = !user || !WRITERS.has(user.role);
    this.setStatus({ kind: 'offline' });
  }

  /** Reads the server's newest document and shows it with the changes still waiting on top. */
  private async refresh(): Promise<boolean> {
    const answer = await call(this.url, { lang: this.lang });
    if (answer.status === 401) {
      this.signedOut(false);
      return false;
    }
    const parsed = AssessmentAnswerSchema.safeParse(answer.body);
    if (answer.status !== 200 || !parsed.success) {
      if (answer.status === 0 && this.document === undefined) this.loadOffline(answer);
      else if (this.document === undefined) this.setStatus({ kind: 'load-failed', message: answer.message });
      return false;
    }
    // The schema checked its shape (and stripped what it does not name); the questionnaire checks the whole when it adopts it.
    this.document = (answer.body as { document: Assessment }).document;
    this.serverVersion = answer.etag ?? parsed.data.assessment.version;
    this.queue.writeCopy({ version: this.serverVersion, at: new Date().toISOString(), document: this.document });
    if (parsed.data.assessment.status !== 'draft') {
      this.element.readonly = true;
      this.status = { kind: 'locked' };
    } else if (this.status.kind === 'loading') {
      this.status = { kind: 'saved' };
    }
    this.show();
    return true;
  }

  /** The questionnaire shows the server's document with this browser's waiting changes on top. */
  private show(): void {
    const document = this.document;
    if (!document) return;
    const answers = new Map(Object.entries(document.answers));
    for (const [id, change] of this.queue.pending) {
      if (change.answer) answers.set(id, change.answer);
      else answers.delete(id);
    }
    this.element.assessment = { ...document, answers: Object.fromEntries(answers) };
    this.changed(true);
  }

  // ---- saving --------------------------------------------------------------------------

  private onChange = (event: Event): void => {
    const { indicatorId } = (event as CustomEvent<SmartCityChangeDetail>).detail;
    // The start step's fields are the coordinator's and not saved per change here.
    if (indicatorId === null || !this.document) return;
    const answer = (event as CustomEvent<SmartCityChangeDetail>).detail.assessment.answers[indicatorId];
    this.queue.set(indicatorId, answer ?? null, this.serverVersion);
    this.refusals.delete(indicatorId);
    if (!this.queue.stored) this.status = { kind: 'not-stored' };
    else if (!navigator.onLine) this.status = { kind: 'offline' };
    else if (this.status.kind === 'saved') this.status = { kind: 'saving' };
    this.changed(this.conflicts.has(indicatorId));
    this.send(SEND_AFTER_MS);
  };

  /** Sends the waiting changes after `delay` ms (a burst of typing is one save). */
  private send(delay = 0): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.sendWaiting(), delay);
  }

  private sendNow(): void {
    this.failures = 0;
    this.send();
  }

  private onOnline = (): void => {
    if (!this.element.isConnected) return;
    this.failures = 0;
    if (this.user) this.send();
    else void this.load();
  };

  private onOffline = (): void => {
    if (this.element.isConnected && this.status.kind !== 'locked') this.setStatus({ kind: 'offline' });
  };

  private async sendWaiting(): Promise<void> {
    if (this.sending || !this.element.isConnected) return;
    if (!navigator.onLine) return this.setStatus({ kind: 'offline' });
    if (!this.user || !this.csrf) return void this.load();
    this.sending = true;
    try {
      for (let group = this.queue.ready()[0]; group; group = this.queue.ready()[0]) {
        this.setStatus({ kind: 'saving' });
        const [base, changes] = group;
        const answer = await call(this.url, {
          method: 'PATCH', lang: this.lang, csrf: this.csrf, ifMatch: base,
          json: { answers: Object.fromEntries([...changes].map(([id, change]) => [id, change.answer])) },
        });
        if (!(await this.settle(answer, base, changes))) return;
      }
      this.failures = 0;
      // A refusal stays said until the next save that goes through.
      if (this.status.kind === 'saving') this.setStatus({ kind: 'saved' });
    } finally {
      this.sending = false;
    }
  }

  /** What a PATCH's answer means for the queue; false stops sending (retried later, or never). */
  private async settle(answer: ServerReply, base: number, sent: Map<string, PendingChange>): Promise<boolean> {
    if (answer.status === 200) {
      const saved = SavedSchema.safeParse(answer.body);
      const version = answer.etag ?? (saved.success ? saved.data.assessment.version : undefined);
      for (const [id, change] of sent) {
        // A change made while this one travelled stays for the next save (on top of this version).
        const now = this.queue.pending.get(id);
        if (now && now.at === change.at) this.queue.delete(id);
        else if (now && version !== undefined) this.queue.update(id, { base: version });
      }
      this.savedAt = new Date().toISOString();
      // Nobody else saved in between: the server's document is ours plus what we sent.
      if (version === this.serverVersion + 1 && base === this.serverVersion && this.document) {
        this.serverVersion = version;
        const answers = new Map(Object.entries(this.document.answers));
        for (const [id, change] of sent) {
          if (change.answer) answers.set(id, change.answer);
          else answers.delete(id);
        }
        this.document = { ...this.document, answers: Object.fromEntries(answers) };
        this.queue.writeCopy({ version, at: this.savedAt, document: this.document });
      } else {
        await this.refresh();
      }
      return true;
    }
    if (answer.status === 401) return this.signedOut(false);
    if (answer.status === 409 && answer.code === 'version_conflict') {
      const parsed = ConflictSchema.safeParse(answer.body);
      const conflicts = parsed.success ? parsed.data.conflicts.filter((c) => sent.has(c.indicatorId)) : [];
      for (const conflict of conflicts) {
        this.conflicts.set(conflict.indicatorId, conflict);
        this.queue.update(conflict.indicatorId, { held: 'conflict' });
      }
      // A base the server does not know (nothing to compare): the changes go again on its newest version.
      if (conflicts.length === 0 && parsed.success) for (const id of sent.keys()) this.queue.update(id, { base: parsed.data.currentVersion });
      await this.refresh();
      this.changed(true);
      return conflicts.length > 0 || parsed.success;
    }
    if (answer.status === 409 && answer.code === 'assessment_locked') {
      this.element.readonly = true;
      this.setStatus({ kind: 'locked' });
      return false;
    }
    if (answer.status === 403 && answer.code === 'csrf_failed') {
      this.csrf = undefined; // read a fresh token, then send again
      this.retryLater(answer.message);
      return false;
    }
    if (answer.status === 403 || answer.status === 413 || answer.status === 422) {
      // Refused for good: said at each indicator, kept in this page (never sent again).
      const named = NotAssignedSchema.safeParse(answer.body);
      const refused = named.success ? named.data.indicators.filter((id) => sent.has(id)) : [...sent.keys()];
      for (const id of refused) {
        this.refusals.set(id, answer.message);
        this.queue.update(id, { held: 'refused' });
      }
      this.setStatus({ kind: 'refused', message: answer.message, count: refused.length });
      this.changed(true);
      return true;
    }
    this.retryLater(answer.status === 0 ? '' : answer.message);
    return false;
  }

  /** No answer or a server error: try again after 2, 4, 8 … (at most 60) seconds, or when the browser is back online. */
  private retryLater(message: string): void {
    this.failures++;
    if (!navigator.onLine) return this.setStatus({ kind: 'offline' });
    const seconds = Math.min(MAX_BACKOFF_S, 2 ** this.failures);
    this.setStatus({ kind: 'retrying', message: message || this.t.offline(0), seconds });
    this.send(seconds * 1000);
  }

  private signedOut(loading: boolean): false {
    if (loading) this.loadOffline(reply401);
    this.csrf = undefined;
    this.user = undefined;
    this.setStatus({ kind: 'signed-out' });
    return false;
  }

  // ---- conflicts -----------------------------------------------------------------------

  /** Mine wins: sent again on the version that holds theirs. */
  private keepMine(indicatorId: string): void {
    this.conflicts.delete(indicatorId);
    this.queue.update(indicatorId, { held: undefined, base: this.serverVersion });
    this.changed(true);
    this.focusIndicator(indicatorId);
    this.sendNow();
  }

  /** Theirs wins (the server has it already): mine is dropped; `edit` then puts focus in the question. */
  private takeTheirs(indicatorId: string, edit: boolean): void {
    const conflict = this.conflicts.get(indicatorId);
    this.conflicts.delete(indicatorId);
    this.queue.delete(indicatorId);
    const theirs = AnswerSchema.safeParse(conflict?.theirs.answer);
    if (this.document && conflict) {
      const answers = new Map(Object.entries(this.document.answers));
      if (theirs.success) answers.set(indicatorId, theirs.data);
      else answers.delete(indicatorId);
      this.document = { ...this.document, answers: Object.fromEntries(answers) };
    }
    this.show();
    this.focusIndicator(indicatorId, edit);
    this.setStatus({ kind: this.queue.waiting > 0 ? 'saving' : 'saved' });
    this.sendNow();
  }

  private dismissRefusal(indicatorId: string): void {
    this.refusals.delete(indicatorId);
    this.changed(true);
  }

  /** Focus back in the indicator once the conflict box is gone (its first choice, or the first field when editing). */
  private focusIndicator(indicatorId: string, edit = false): void {
    void this.element.updateComplete.then(() => {
      const holder = this.element.shadowRoot?.querySelector<HTMLElement>(`[data-indicator="${CSS.escape(indicatorId)}"]`);
      // Editing starts at the chosen level; after keeping mine, focus returns where the choice was made.
      const field = holder?.querySelector<HTMLElement>('input:checked') ?? holder?.querySelector<HTMLElement>('input');
      field?.focus();
      if (edit) field?.scrollIntoView({ block: 'center' });
    });
  }

  // ---- submitting ----------------------------------------------------------------------

  /**
   * The coordinator submits through the server's submit route (the questionnaire's POST to
   * `action`, with its Idempotency-Key), after every waiting change is saved. Others do not
   * submit: the button is hidden.
   */
  private setUpSubmit(allowed: boolean): void {
    if (this.submitSetUp) return; // loaded again (a new session): once is enough
    this.submitSetUp = true;
    const root = this.element.shadowRoot;
    if (!allowed) {
      if (root && noSubmitStyles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, noSubmitStyles.styleSheet];
      return;
    }
    this.element.action = `${this.url}/submit`;
    this.element.headers = { ...this.element.headers, 'X-CSRF-Token': this.csrf ?? '', 'Accept-Language': this.lang };
    const submit = this.element.submit.bind(this.element);
    this.element.submit = async (options) => {
      await this.sendWaiting();
      if (this.queue.waiting > 0) return this.setStatus({ kind: 'submit-waits' });
      this.element.headers = { ...this.element.headers, 'X-CSRF-Token': this.csrf ?? '' };
      return submit(options);
    };
  }
}

const reply401: ServerReply = { status: 401, body: null, etag: undefined, code: 'unauthenticated', message: '' };
