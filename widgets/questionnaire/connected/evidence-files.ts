import { html, nothing, type TemplateResult } from 'lit';
import { EvidenceListSchema, UploadedSchema, call, reply, type EvidenceFile } from './api.js';
import type { SmartCityUploadDetail } from './hooks.js';
import type { ConnectedMessages } from './messages.js';

/** The server's limit (docs/server.md, Evidence files). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** The types the server accepts, by extension and by the type a browser declares. It reads the content itself too. */
const EXTENSIONS = new Set(['pdf', 'png', 'jpg', 'jpeg', 'webp', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp']);
const MEDIA_TYPES = new Set([
  'application/pdf', 'image/png', 'image/jpeg', 'image/webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text', 'application/vnd.oasis.opendocument.spreadsheet', 'application/vnd.oasis.opendocument.presentation',
]);
export const ACCEPT = [...[...EXTENSIONS].map((e) => `.${e}`), ...MEDIA_TYPES].join(',');

/** What is wrong with a file before it is sent (type by name or declared type, size), in the user's words; nothing when it may go. */
export function fileProblem(file: { name: string; type: string; size: number }, t: ConnectedMessages, lang: string): string | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  if (!EXTENSIONS.has(extension) && !MEDIA_TYPES.has(file.type)) return t.wrongType(file.name);
  if (file.size > MAX_FILE_BYTES) return t.tooLarge(file.name, fileSize(file.size, t, lang));
  return undefined;
}

/** `820 bita`, `12,5 KB`, `3,2 MB` (decimal comma in Indonesian). */
export function fileSize(bytes: number, t: ConnectedMessages, lang: string): string {
  const format = (n: number) => n.toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 });
  if (bytes < 1024) return t.bytes(bytes);
  if (bytes < 1024 * 1024) return t.kib(format(bytes / 1024));
  return t.mib(format(bytes / (1024 * 1024)));
}

/** One upload on its way (with its progress) or refused (with the reason, until dismissed). */
interface Upload {
  key: number;
  name: string;
  percent: number;
  error?: string;
}

export interface EvidenceFilesHost {
  assessmentUrl: string;
  t: () => ConnectedMessages;
  csrf: () => string | undefined;
  lang: () => string;
  /** Something shown at an indicator changed. */
  changed: () => void;
  /** A file was stored (the `smart-city-upload` event). */
  uploaded: (detail: SmartCityUploadDetail) => void;
}

/**
 * Evidence files per indicator: the server's list (name, size, a download link), the file
 * picker and drop zone, uploads with their progress, and refusals in words, before sending
 * where the browser can tell (type, size) and from the server otherwise.
 */
export class EvidenceFiles {
  private readonly byIndicator = new Map<string, EvidenceFile[]>();
  private readonly uploads = new Map<string, Upload[]>();
  /** The last thing to announce (an upload done or refused): one live region per indicator reads it. */
  private readonly announcements = new Map<string, string>();
  private nextKey = 1;

  constructor(private readonly host: EvidenceFilesHost) {}

  async load(): Promise<void> {
    const answer = await call(`${this.host.assessmentUrl}/evidence`, { lang: this.host.lang() });
    const parsed = EvidenceListSchema.safeParse(answer.body);
    if (answer.status !== 200 || !parsed.success) return; // the list shows what was uploaded here; the picker still works
    this.byIndicator.clear();
    for (const file of parsed.data.files) this.add(file);
    this.host.changed();
  }

  private add(file: EvidenceFile): void {
    this.byIndicator.set(file.indicatorId, [...(this.byIndicator.get(file.indicatorId) ?? []), file]);
  }

  private downloadUrl(file: EvidenceFile): string {
    // `/api/assessments/42` → `/api/evidence/{fileId}`
    return new URL(`../evidence/${encodeURIComponent(file.id)}`, this.host.assessmentUrl).href;
  }

  private setUploads(indicatorId: string, change: (list: Upload[]) => Upload[]): void {
    this.uploads.set(indicatorId, change(this.uploads.get(indicatorId) ?? []));
    this.host.changed();
  }

  /** Sends each file (after checking what the browser can check) with its progress. */
  upload(indicatorId: string, files: Iterable<File>): void {
    const t = this.host.t();
    for (const file of files) {
      const key = this.nextKey++;
      const problem = fileProblem(file, t, this.host.lang());
      if (problem) {
        this.setUploads(indicatorId, (list) => [...list, { key, name: file.name, percent: 0, error: problem }]);
        this.announcements.set(indicatorId, problem);
        continue;
      }
      this.setUploads(indicatorId, (list) => [...list, { key, name: file.name, percent: 0 }]);
      const request = new XMLHttpRequest();
      request.open('POST', `${this.host.assessmentUrl}/evidence`);
      request.setRequestHeader('Accept', 'application/json');
      request.setRequestHeader('Accept-Language', this.host.lang());
      const csrf = this.host.csrf();
      if (csrf) request.setRequestHeader('X-CSRF-Token', csrf);
      request.upload.addEventListener('progress', (event) => {
        if (!event.lengthComputable) return;
        const percent = Math.min(99, Math.floor((event.loaded / event.total) * 100));
        this.setUploads(indicatorId, (list) => list.map((u) => (u.key === key ? { ...u, percent } : u)));
      });
      const finish = (status: number, text: string) => {
        const t = this.host.t();
        const answer = reply(status, text, null);
        const stored = UploadedSchema.safeParse(answer.body);
        if (status === 201 && stored.success) {
          this.add(stored.data.file);
          const { id, fileName, size, uploadedAt } = stored.data.file;
          this.host.uploaded({ indicatorId, file: { id, fileName, size, uploadedAt } });
          this.announcements.set(indicatorId, t.uploaded(stored.data.file.fileName));
          this.setUploads(indicatorId, (list) => list.filter((u) => u.key !== key));
        } else {
          const error = t.uploadFailed(file.name, status === 0 ? t.uploadOffline : answer.message);
          this.announcements.set(indicatorId, error);
          this.setUploads(indicatorId, (list) => list.map((u) => (u.key === key ? { ...u, error } : u)));
        }
      };
      request.addEventListener('load', () => finish(request.status, request.responseText));
      request.addEventListener('error', () => finish(0, ''));
      const form = new FormData();
      form.append('indicatorId', indicatorId);
      form.append('file', file, file.name);
      request.send(form);
    }
  }

  render(indicatorId: string, readonly: boolean): TemplateResult {
    const t = this.host.t();
    const files = this.byIndicator.get(indicatorId) ?? [];
    const uploads = this.uploads.get(indicatorId) ?? [];
    const inputId = `files-${indicatorId.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
    const onDrop = (event: DragEvent) => {
      event.preventDefault();
      (event.currentTarget as HTMLElement).classList.remove('dragging');
      if (event.dataTransfer?.files.length) this.upload(indicatorId, event.dataTransfer.files);
    };
    const onDragOver = (event: DragEvent) => {
      event.preventDefault();
      (event.currentTarget as HTMLElement).classList.add('dragging');
    };
    return html`<div class="files" part="evidence-files" data-files=${indicatorId}>
      <div class="files-title">${t.files}</div>
      ${files.length === 0 ? html`<p class="hint">${t.noFiles}</p>` : html`<ul class="file-list">
        ${files.map((file) => html`<li><a href=${this.downloadUrl(file)} download=${file.fileName} aria-label=${t.download(file.fileName)}>${file.fileName}</a> <span class="hint">(${fileSize(file.size, t, this.host.lang())})</span></li>`)}
      </ul>`}
      ${uploads.length === 0 ? nothing : html`<ul class="upload-list">${uploads.map((u) => u.error
        ? html`<li class="upload-error"><span class="error-text">${u.error}</span>
            <button type="button" @click=${() => this.setUploads(indicatorId, (list) => list.filter((x) => x.key !== u.key))}>${t.remove}</button></li>`
        : html`<li><label>${t.uploading(u.name, u.percent)} <progress max="100" .value=${u.percent}></progress></label></li>`)}</ul>`}
      ${readonly ? nothing : html`<div class="drop-zone" @dragover=${onDragOver} @dragleave=${(e: DragEvent) => (e.currentTarget as HTMLElement).classList.remove('dragging')} @drop=${onDrop}>
        <label for=${inputId}>${t.chooseFile}</label>
        <input id=${inputId} type="file" multiple accept=${ACCEPT} aria-describedby=${`${inputId}-hint`}
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            if (input.files?.length) this.upload(indicatorId, [...input.files]);
            input.value = '';
          }} />
        <span class="hint" id=${`${inputId}-hint`}>${t.dropHint}</span>
      </div>`}
      <span class="visually-hidden" role="status" aria-live="polite">${this.announcements.get(indicatorId) ?? ''}</span>
    </div>`;
  }
}
