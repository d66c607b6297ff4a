import { html, nothing, type TemplateResult } from 'lit';
import { STAKEHOLDERS, safeParseAssessment, type Assessment, type Framework, type Lang } from '../../src/internal.js';
import { FUNDING_SOURCES, PROGRAMME_STATUSES, ProgrammeHorizonSchema, RegionKindSchema, formatPath, quickWinSummary, realisedText, recordLabels, type ProgrammeRecord } from '../../src/internal-record.js';

/*
 * The questionnaire's "Profil & program" step: the programme record as a form. Loaded on
 * demand (its own chunk), so the widgets' first load does not carry it.
 */

const words = {
  id: {
    intro: 'Data yang diminta evaluator di samping rubrik: profil daerah, keanggotaan, masterplan, Dewan Smart City dan Tim Pelaksana, komitmen, register quick win, dan program masterplan. Semua isian tersimpan otomatis bersama draf.',
    code: (c: string) => `Kode wilayah Kemendagri (diisi pada langkah Mulai): ${c || '–'}`,
    profile: 'Profil daerah', kind: 'Jenis daerah', province: 'Provinsi', rpjmdStart: 'RPJMD tahun awal', rpjmdEnd: 'RPJMD tahun akhir', vision: 'Visi RPJMD',
    membership: 'Keanggotaan program', cohortYear: 'Tahun angkatan', mouNumber: 'Nomor MoU', mouDate: 'Tanggal MoU',
    masterplan: 'Masterplan', title: 'Judul masterplan', startYear: 'Tahun awal', endYear: 'Tahun akhir', perkadaNumber: 'Nomor Perkada', perkadaDate: 'Tanggal Perkada', url: 'Tautan (https://…)',
    council: 'Dewan Smart City', team: 'Tim Pelaksana', decreeNumber: 'Nomor SK', decreeDate: 'Tanggal SK', chair: 'Ketua',
    members: 'Anggota', member: 'Anggota', name: 'Nama', role: 'Peran', group: 'Unsur pentaheliks',
    commitments: 'Komitmen yang ditandatangani', commitment: 'Komitmen', signatory: 'Penanda tangan', office: 'Jabatan', date: 'Tanggal', document: 'Dokumen',
    quickWins: 'Register quick win', quickWin: 'Quick win', element: 'Elemen', ownerOpd: 'OPD penanggung jawab', launchDate: 'Tanggal peluncuran', status: 'Status', evidence: 'Bukti (https://…)', impact: 'Dampak',
    programmes: 'Program masterplan', programme: 'Program', horizon: 'Horizon', budget: 'Perkiraan anggaran (Rp)', funding: 'Sumber dana', realisation: 'Realisasi (%)',
    add: (what: string) => `Tambah ${what.toLowerCase()}`, remove: (what: string, n: number) => `Hapus ${what.toLowerCase()} ${n}`,
    none: '—', problems: 'Periksa isian berikut', readiness: 'Kesiapan Daerah',
  },
  en: {
    intro: 'What an evaluator asks for beside the rubric: region profile, membership, masterplan, Smart City Council and Implementation Team, commitments, the quick-win register and the masterplan programmes. Everything is saved with the draft.',
    code: (c: string) => `Kemendagri region code (filled in on the Start step): ${c || '–'}`,
    profile: 'Region profile', kind: 'Kind of region', province: 'Province', rpjmdStart: 'RPJMD first year', rpjmdEnd: 'RPJMD last year', vision: 'RPJMD vision',
    membership: 'Programme membership', cohortYear: 'Cohort year', mouNumber: 'MoU number', mouDate: 'MoU date',
    masterplan: 'Masterplan', title: 'Masterplan title', startYear: 'First year', endYear: 'Last year', perkadaNumber: 'Perkada number', perkadaDate: 'Perkada date', url: 'Link (https://…)',
    council: 'Smart City Council (Dewan Smart City)', team: 'Implementation Team (Tim Pelaksana)', decreeNumber: 'Decree number', decreeDate: 'Decree date', chair: 'Chair',
    members: 'Members', member: 'Member', name: 'Name', role: 'Role', group: 'Pentahelix group',
    commitments: 'Signed commitments', commitment: 'Commitment', signatory: 'Signatory', office: 'Office', date: 'Date', document: 'Document',
    quickWins: 'Quick-win register', quickWin: 'Quick win', element: 'Element', ownerOpd: 'Owner OPD', launchDate: 'Launch date', status: 'Status', evidence: 'Evidence (https://…)', impact: 'Impact',
    programmes: 'Masterplan programmes', programme: 'Programme', horizon: 'Horizon', budget: 'Budget estimate (Rp)', funding: 'Funding sources', realisation: 'Realisation (%)',
    add: (what: string) => `Add ${what.toLowerCase()}`, remove: (what: string, n: number) => `Remove ${what.toLowerCase()} ${n}`,
    none: '—', problems: 'Please check these entries', readiness: 'Regional Readiness',
  },
};

export interface RecordViewContext {
  framework: Framework;
  draft: Assessment;
  lang: Lang;
  readonly: boolean;
  /** Replaces the record (the questionnaire stamps, saves and announces the change). */
  update: (record: ProgrammeRecord | undefined) => void;
}

type Path = (string | number)[];
type Value = string | number | string[] | undefined;

const isEmpty = (v: unknown): boolean =>
  v === undefined || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);

/** A copy of `target` with the value at `path` set; empty values and then-empty objects are removed. */
function setIn(target: unknown, path: Path, value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (typeof head === 'number') {
    const list = Array.isArray(target) ? [...(target as unknown[])] : [];
    list[head] = setIn(list[head], rest, value);
    return list;
  }
  const entries = typeof target === 'object' && target !== null ? Object.entries(target).filter(([k]) => k !== head) : [];
  const next = setIn(getIn(target, [head]), rest, value);
  return Object.fromEntries(isEmpty(next) ? entries : [...entries, [head, next]]);
}

const getIn = (target: unknown, path: Path): unknown =>
  path.reduce<unknown>((v, k) => (v === undefined || v === null ? undefined : (v as Record<string | number, unknown>)[k]), target);

/** The record step. */
export function renderRecordStep(ctx: RecordViewContext): TemplateResult {
  const { lang, readonly: ro, framework, draft } = ctx;
  const w = words[lang];
  const l = recordLabels[lang];
  const record = draft.programmeRecord ?? {};
  const set = (path: Path, value: Value) => ctx.update(setIn(record, path, value) as ProgrammeRecord | undefined);
  // The record's problems, from the core's validation, keyed by path for the fields' aria-invalid.
  // Checked on a copy that holds only the record (and the region code it is checked against):
  // an empty start step or an unfinished answer elsewhere must not hide the record's own rules.
  const probe = {
    frameworkId: draft.frameworkId, frameworkVersion: draft.frameworkVersion, period: draft.period || '–', answers: {},
    region: { name: draft.region.name || '–', ...(draft.region.code ? { code: draft.region.code } : {}) },
    ...(draft.programmeRecord ? { programmeRecord: draft.programmeRecord } : {}),
  };
  const parsed = safeParseAssessment(framework, probe, { lang });
  const issues = parsed.success ? [] : parsed.error.issues.filter((i) => i.path[0] === 'programmeRecord' || formatPath(i.path) === 'region.code');
  const problems = new Map(issues.map((i) => [formatPath(i.path.slice(1)), i.message]));
  const domId = (path: Path) => `rec-${path.join('-')}`;
  const elements = [...framework.elements.map((e) => [e.id, e.name[lang]] as const), ['readiness', w.readiness] as const];

  const described = (path: Path) => {
    const problem = problems.get(formatPath(path));
    return problem ? html`<span class="error-text" id=${`${domId(path)}-error`}>${problem}</span>` : nothing;
  };
  const input = (path: Path, label: string, type: 'text' | 'number' | 'date' | 'url' = 'text', extra: { min?: number; max?: number } = {}) => {
    const id = domId(path);
    const value = getIn(record, path);
    const bad = problems.has(formatPath(path));
    return html`<div class="field"><label for=${id}>${label}</label>
      <input id=${id} type=${type} .value=${value === undefined ? '' : String(value)} ?readonly=${ro} min=${extra.min ?? nothing} max=${extra.max ?? nothing}
        aria-invalid=${bad ? 'true' : 'false'} aria-describedby=${bad ? `${id}-error` : nothing}
        @input=${(e: Event) => {
          const raw = (e.target as HTMLInputElement).value;
          const trimmed = type === 'number' ? raw.trim() : raw;
          set(path, trimmed === '' ? undefined : type === 'number' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : raw);
        }} />${described(path)}</div>`;
  };
  const textarea = (path: Path, label: string) => {
    const id = domId(path);
    return html`<div class="field"><label for=${id}>${label}</label>
      <textarea id=${id} rows="2" .value=${(getIn(record, path) as string | undefined) ?? ''} ?readonly=${ro}
        @input=${(e: Event) => set(path, (e.target as HTMLTextAreaElement).value || undefined)}></textarea>${described(path)}</div>`;
  };
  const select = (path: Path, label: string, options: readonly (readonly [string, string])[]) => {
    const id = domId(path);
    const value = (getIn(record, path) as string | undefined) ?? '';
    return html`<div class="field"><label for=${id}>${label}</label>
      <select id=${id} ?disabled=${ro} aria-invalid=${problems.has(formatPath(path)) ? 'true' : 'false'}
        @change=${(e: Event) => set(path, (e.target as HTMLSelectElement).value || undefined)}>
        <option value="" ?selected=${value === ''}>${w.none}</option>
        ${options.map(([key, text]) => html`<option value=${key} ?selected=${key === value}>${text}</option>`)}
      </select>${described(path)}</div>`;
  };
  const labelled = <K extends string>(keys: readonly K[], names: Record<K, string>) => keys.map((k) => [k, names[k]] as const);
  const statuses = labelled(PROGRAMME_STATUSES, l.status);

  /** A register: one fieldset per row, with add and remove buttons. */
  const rows = (path: Path, title: string, item: string, fields: (row: Path) => TemplateResult, blank: Record<string, unknown>) => {
    const list = (getIn(record, path) as unknown[] | undefined) ?? [];
    return html`<h3>${title}</h3>
      ${list.map((_, n) => html`<fieldset class="record-row" data-row=${domId([...path, n])}>
        <legend>${item} ${n + 1}</legend>
        <div class="grid2">${fields([...path, n])}</div>
        ${ro ? nothing : html`<button type="button" @click=${() => set(path, list.filter((__, k) => k !== n) as string[])}>${w.remove(item, n + 1)}</button>`}
      </fieldset>`)}
      ${ro ? nothing : html`<button type="button" data-add=${path.join('.')} @click=${() => ctx.update(setIn(record, [...path, list.length], blank) as ProgrammeRecord)}>${w.add(item)}</button>`}`;
  };
  const team = (key: 'council' | 'team', title: string) => html`<h3>${title}</h3>
    <div class="grid2">${input([key, 'decreeNumber'], w.decreeNumber)}${input([key, 'decreeDate'], w.decreeDate, 'date')}${input([key, 'chair'], w.chair)}</div>
    ${rows([key, 'members'], w.members, w.member, (row) => html`${input([...row, 'name'], w.name)}${input([...row, 'role'], w.role)}
      ${select([...row, 'group'], w.group, labelled(STAKEHOLDERS, l.group))}`, { name: '' })}`;
  const fundingBoxes = (row: Path) => {
    const chosen = (getIn(record, [...row, 'fundingSources']) as string[] | undefined) ?? [];
    return html`<fieldset class="field"><legend>${w.funding}</legend>
      ${FUNDING_SOURCES.map((s) => html`<label><input type="checkbox" .checked=${chosen.includes(s)} ?disabled=${ro}
        @change=${(e: Event) => set([...row, 'fundingSources'], FUNDING_SOURCES.filter((f) => (f === s ? (e.target as HTMLInputElement).checked : chosen.includes(f))))} /> ${l.funding[s]}</label> `)}
    </fieldset>`;
  };
  const summary = quickWinSummary(record);

  return html`<div class="record" data-step="record">
    <p class="lead">${w.intro}</p>
    ${issues.length > 0
      ? html`<div class="notice warning" role="status"><strong>${w.problems}</strong>
          <ul>${issues.map((i) => html`<li><code>${i.where}</code>: ${i.message}</li>`)}</ul></div>`
      : nothing}
    <h3>${w.profile}</h3>
    <p class="hint">${w.code(draft.region.code ?? '')}</p>
    <div class="grid2">
      ${select(['profile', 'kind'], w.kind, labelled(RegionKindSchema.options, l.kind))}${input(['profile', 'province'], w.province)}
      ${input(['profile', 'rpjmdStart'], w.rpjmdStart, 'number', { min: 1945, max: 2100 })}${input(['profile', 'rpjmdEnd'], w.rpjmdEnd, 'number', { min: 1945, max: 2100 })}
    </div>
    ${textarea(['profile', 'rpjmdVision'], w.vision)}
    <h3>${w.membership}</h3>
    <div class="grid2">${input(['membership', 'cohortYear'], w.cohortYear, 'number', { min: 1945, max: 2100 })}${input(['membership', 'mouNumber'], w.mouNumber)}${input(['membership', 'mouDate'], w.mouDate, 'date')}</div>
    <h3>${w.masterplan}</h3>
    ${input(['masterplan', 'title'], w.title)}
    <div class="grid2">
      ${input(['masterplan', 'startYear'], w.startYear, 'number', { min: 1945, max: 2100 })}${input(['masterplan', 'endYear'], w.endYear, 'number', { min: 1945, max: 2100 })}
      ${input(['masterplan', 'perkadaNumber'], w.perkadaNumber)}${input(['masterplan', 'perkadaDate'], w.perkadaDate, 'date')}
    </div>
    ${input(['masterplan', 'url'], w.url, 'url')}
    ${team('council', w.council)}
    ${team('team', w.team)}
    ${rows(['commitments'], w.commitments, w.commitment, (row) => html`${input([...row, 'signatory'], w.signatory)}${input([...row, 'office'], w.office)}
      ${input([...row, 'date'], w.date, 'date')}${input([...row, 'document'], w.document)}${input([...row, 'url'], w.url, 'url')}`, { signatory: '' })}
    ${rows(['quickWins'], w.quickWins, w.quickWin, (row) => html`${input([...row, 'name'], w.name)}${select([...row, 'elementId'], w.element, elements)}
      ${input([...row, 'ownerOpd'], w.ownerOpd)}${input([...row, 'launchDate'], w.launchDate, 'date')}${select([...row, 'status'], w.status, statuses)}
      ${input([...row, 'evidence'], w.evidence, 'url')}${input([...row, 'impact'], w.impact)}`, { name: '' })}
    ${summary.total > 0 ? html`<p class="hint" data-summary="quick-wins">${realisedText(summary, 'quickWin', lang)}</p>` : nothing}
    ${rows(['programmes'], w.programmes, w.programme, (row) => html`${input([...row, 'name'], w.name)}${select([...row, 'elementId'], w.element, elements)}
      ${select([...row, 'horizon'], w.horizon, labelled(ProgrammeHorizonSchema.options, l.horizon))}${input([...row, 'ownerOpd'], w.ownerOpd)}
      ${input([...row, 'startYear'], w.startYear, 'number', { min: 1945, max: 2100 })}${input([...row, 'endYear'], w.endYear, 'number', { min: 1945, max: 2100 })}
      ${input([...row, 'budget'], w.budget, 'number', { min: 0 })}${fundingBoxes(row)}
      ${select([...row, 'status'], w.status, statuses)}${input([...row, 'realisation'], w.realisation, 'number', { min: 0, max: 100 })}`, { name: '' })}
  </div>`;
}
