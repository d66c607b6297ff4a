import { html, nothing, type TemplateResult } from 'lit';
import { STAKEHOLDERS, isSafeEvidenceUrl, type Answer, type Evidence, type Framework, type Indicator, type Lang, type Stakeholder } from '../../src/internal.js';
import type { Messages } from '../internal/messages.js';
import type { ConnectedHooks } from './connected/hooks.js';

/** What rendering one indicator needs from the questionnaire. */
export interface IndicatorViewContext {
  framework: Framework;
  lang: Lang;
  t: Messages;
  readonly: boolean;
  answer: Answer | undefined;
  number: string;
  update: (indicatorId: string, change: (answer: Answer) => Answer) => void;
  /** Whether the user opened (true) or closed (false) this indicator's evidence/note/partners section. */
  extrasOpen: boolean | undefined;
  /** The user opened or closed that section. */
  toggleExtras: (indicatorId: string, open: boolean) => void;
  /** Whether an evidence field's problem is shown yet: only once the user left it (or tried to submit). */
  evidenceErrorShown: (indicatorId: string, row: number, field: 'label' | 'url') => boolean;
  /** The user left an evidence field. */
  leaveEvidence: (indicatorId: string, row: number, field: 'label' | 'url') => void;
  /** "Add evidence": a new row, with focus in its first field. */
  addEvidence: (indicatorId: string) => void;
  /** Connected mode: the indicator's conflict or refusal, its evidence files. */
  ext?: ConnectedHooks | undefined;
}

/** What is wrong with an evidence row, field by field (nothing when it is valid). */
export function evidenceProblems(piece: Evidence, t: Messages): { label?: string; url?: string } {
  return {
    ...(piece.label.trim() === '' ? { label: t.evidenceLabelMissing } : {}),
    ...(!isAcceptableUrl(piece.url) ? { url: t.evidenceUrlInvalid } : {}),
  };
}

/** A link typed the way people write them (`www.bontangkota.go.id/mpp`) gets its `https://`. */
export function withScheme(url: string): string {
  const value = url.trim();
  if (value === '' || isSafeEvidenceUrl(value)) return value;
  return /^[\p{L}\d-]+(\.[\p{L}\d-]+)+(:\d+)?([/?#]\S*)?$/u.test(value) ? `https://${value}` : value;
}

/** The id of an indicator's fieldset; its fields' ids start with it. */
export const indicatorDomId = (indicatorId: string) => `q-${indicatorId.replace(/[^a-zA-Z0-9_-]/g, '_')}`;

export function isAcceptableUrl(url: string | undefined): boolean {
  return url === undefined || url === '' || isSafeEvidenceUrl(url);
}

function withoutEmpty(answer: Answer): Answer {
  const copy: Answer = { ...answer };
  if (copy.note === '') delete copy.note;
  if (copy.evidence?.length === 0) delete copy.evidence;
  if (copy.stakeholders?.length === 0) delete copy.stakeholders;
  return copy;
}

/** Takes the level (or "not applicable") back, keeping evidence, notes and partners. */
function clearChoice(answer: Answer): Answer {
  const { level: _level, notApplicable: _na, ...rest } = answer;
  return rest;
}

function setLevel(answer: Answer, value: string): Answer {
  const { level: _level, notApplicable: _na, ...rest } = answer;
  return value === 'na' ? { ...rest, notApplicable: true } : { ...rest, level: Number(value) };
}

function setEvidence(answer: Answer, index: number, field: keyof Evidence, value: string): Answer {
  const evidence = [...(answer.evidence ?? [])];
  const { [field]: _old, ...rest } = evidence[index] ?? { label: '' };
  evidence[index] = field === 'label' ? { ...rest, label: value } : { label: '', ...rest, ...(value === '' ? {} : { [field]: value }) };
  return withoutEmpty({ ...answer, evidence });
}

function toggleStakeholder(answer: Answer, who: Stakeholder, on: boolean): Answer {
  const set = new Set(answer.stakeholders ?? []);
  if (on) set.add(who);
  else set.delete(who);
  return withoutEmpty({ ...answer, stakeholders: STAKEHOLDERS.filter((s) => set.has(s)) });
}

/** One indicator as a radio group whose choices are the rubric's level descriptions. */
export function renderIndicator(indicator: Indicator, ctx: IndicatorViewContext): TemplateResult {
  const { t, lang, answer, readonly, framework } = ctx;
  const id = indicator.id;
  const domId = indicatorDomId(id);
  const chosen = answer?.notApplicable ? 'na' : answer?.level !== undefined ? String(answer.level) : '';
  const needsEvidence = indicator.evidenceFrom !== undefined && answer?.level !== undefined && answer.level >= indicator.evidenceFrom;
  const evidence = answer?.evidence ?? [];
  const hasExtras = evidence.length > 0 || Boolean(answer?.note) || (answer?.stakeholders?.length ?? 0) > 0;
  const update = (change: (a: Answer) => Answer) => ctx.update(id, change);
  const levelName = (rank: number) => framework.levels.find((l) => l.rank === rank)?.name[lang] ?? '';

  return html`
    <fieldset class="indicator" part="question" id=${domId} data-indicator=${id}>
      <legend><span class="qnum">${ctx.number}</span>${indicator.question[lang]}</legend>
      ${indicator.guidance
        ? html`<details class="guidance"><summary>${t.guidance}</summary><p>${indicator.guidance[lang]}</p></details>`
        : nothing}
      ${ctx.ext?.render('top', id)}
      <div class="choices">
        ${indicator.levels.map(
          (level) => html`
            <label class=${chosen === String(level.rank) ? 'choice chosen' : 'choice'} part="choice">
              <input
                type="radio"
                name=${`${domId}-level`}
                value=${String(level.rank)}
                .checked=${chosen === String(level.rank)}
                ?disabled=${readonly}
                @change=${() => update((a) => setLevel(a, String(level.rank)))}
              />
              <span><span class="name">${t.levelN(level.rank)} · ${levelName(level.rank)}</span>
              <span class="desc">${level.description[lang]}</span></span>
            </label>
          `,
        )}
        <label class=${chosen === 'na' ? 'choice na chosen' : 'choice na'} part="choice">
          <input
            type="radio"
            name=${`${domId}-level`}
            value="na"
            .checked=${chosen === 'na'}
            ?disabled=${readonly}
            @change=${() => update((a) => setLevel(a, 'na'))}
          />
          <span><span class="name">${t.notApplicable}</span>
          <span class="desc">${t.notApplicableHint}</span></span>
        </label>
      </div>
      ${readonly
        ? nothing
        : html`<button type="button" class=${chosen ? 'clear' : 'clear unused'} @click=${() => update(clearChoice)}>${t.clearAnswer}</button>`}
      ${needsEvidence
        ? html`<p class="flag ${evidence.length > 0 ? 'ok' : ''}" data-flag="evidence">${t.evidenceNeeded(indicator.evidenceFrom ?? 0)}</p>`
        : nothing}
      ${renderExtras(indicator, ctx, domId, ctx.extrasOpen ?? (hasExtras || needsEvidence), update)}
    </fieldset>
  `;
}

/**
 * Evidence, note and partners. Their fields are only built while the section is open: a
 * step of sixty questions then renders a third of the elements, and the closed sections
 * still show what they hold in their summary.
 */
function renderExtras(indicator: Indicator, ctx: IndicatorViewContext, domId: string, open: boolean, update: (change: (a: Answer) => Answer) => void): TemplateResult {
  const { t, answer, readonly } = ctx;
  const evidence = answer?.evidence ?? [];
  return html`
      <details class="more" ?open=${open} @toggle=${(e: Event) => {
        const now = (e.target as HTMLDetailsElement).open;
        if (now !== open) ctx.toggleExtras(indicator.id, now);
      }}>
        <summary>${t.evidence} · ${t.note} · ${t.stakeholders}</summary>
        ${open ? html`
        <fieldset>
          <legend>${t.evidence}</legend>
          ${evidence.map((piece, n) => renderEvidence(piece, n, domId, ctx, update, indicator.id))}
          ${readonly
            ? nothing
            : html`<button type="button" @click=${() => ctx.addEvidence(indicator.id)}>
                ${t.addEvidence}
              </button>`}
          ${ctx.ext?.render('files', indicator.id)}
        </fieldset>
        <div class="field">
          <label for=${`${domId}-note`}>${t.note}</label>
          <textarea
            id=${`${domId}-note`}
            .value=${answer?.note ?? ''}
            ?readonly=${readonly}
            @input=${(e: Event) => update((a) => withoutEmpty({ ...a, note: (e.target as HTMLTextAreaElement).value }))}
          ></textarea>
        </div>
        <fieldset>
          <legend>${t.stakeholders}</legend>
          <div class="checks">
            ${STAKEHOLDERS.map(
              (who) => html`<label>
                <input
                  type="checkbox"
                  .checked=${answer?.stakeholders?.includes(who) ?? false}
                  ?disabled=${readonly}
                  @change=${(e: Event) => update((a) => toggleStakeholder(a, who, (e.target as HTMLInputElement).checked))}
                />
                ${t.stakeholder[who]}
              </label>`,
            )}
          </div>
        </fieldset>` : nothing}
      </details>`;
}

function renderEvidence(
  piece: Evidence,
  n: number,
  domId: string,
  ctx: IndicatorViewContext,
  update: (change: (a: Answer) => Answer) => void,
  indicatorId: string,
): TemplateResult {
  const { t, readonly } = ctx;
  const base = `${domId}-ev${n}`;
  const problems = evidenceProblems(piece, t);
  const field = (key: keyof Evidence, label: string, value: string | undefined, required = false) => {
    const problem = key === 'note' ? undefined : problems[key];
    const invalid = problem !== undefined && key !== 'note' && ctx.evidenceErrorShown(indicatorId, n, key);
    return html`
    <div class="field">
      <label for=${`${base}-${key}`}>${label}${required ? html` <span class="required">${t.requiredMark}</span>` : nothing}</label>
      <input
        id=${`${base}-${key}`}
        type="text"
        .value=${value ?? ''}
        ?readonly=${readonly}
        ?required=${required}
        aria-required=${required ? 'true' : nothing}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${invalid ? `${base}-${key}-error` : nothing}
        @input=${(e: Event) => update((a) => setEvidence(a, n, key, (e.target as HTMLInputElement).value))}
        @blur=${key === 'note' ? nothing : () => ctx.leaveEvidence(indicatorId, n, key)}
      />
      ${invalid ? html`<span class="error-text" id=${`${base}-${key}-error`}>${problem}</span>` : nothing}
    </div>
  `;
  };
  return html`
    <div class="evidence-item">
      <div class="grid2">
        ${field('label', t.evidenceLabel, piece.label, true)}
        ${field('url', t.evidenceUrl, piece.url)}
      </div>
      ${field('note', t.evidenceNote, piece.note)}
      ${readonly
        ? nothing
        : html`<button type="button" aria-label=${t.removeEvidence(n + 1)}
            @click=${() => update((a) => withoutEmpty({ ...a, evidence: (a.evidence ?? []).filter((_, k) => k !== n) }))}>
            ${t.remove}
          </button>`}
    </div>
  `;
}
