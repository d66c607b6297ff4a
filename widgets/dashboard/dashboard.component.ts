import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatScore, type Lang, type ValidationIssue } from '../../src/internal.js';
import {
  dashboardChoices, dashboardDistribution, dashboardToCsv, dashboardTrend, filterEntries, latestPeriod, levelName, safeParseDashboard, sortEntries,
  type Dashboard, type DashboardEntry, type DashboardSortKey, type Distribution, type SortDirection,
} from '../../src/internal-dashboard.js';
import { downloadBlob, downloadText } from '../internal/download.js';
import { tokens } from '../internal/tokens.js';
import { renderRadar } from '../scorecard/radar.js';
import { scorecardViewStyles } from '../scorecard/scorecard-view.styles.js';
import { scorecardStyles } from '../scorecard/scorecard.styles.js';
import { dashboardStyles } from './dashboard.styles.js';
import { dashboardMessages, type DashboardMessages } from './messages.js';
import { renderTrend } from './trend-chart.js';

/** `detail` of `smart-city-filter`: the filters now applied (`null`: all). */
export interface SmartCityFilterDetail {
  province: string | null;
  cohort: number | null;
  period: string | null;
}
/** `detail` of `smart-city-sort`: the column (`region`, `province`, `cohort`, `index` or an element id) and direction. */
export interface SmartCitySortDetail {
  column: string;
  direction: SortDirection;
}
/** `detail` of `smart-city-download`: which file was offered. */
export interface SmartCityDownloadDetail {
  format: 'csv' | 'xlsx';
  fileName: string;
  rows: number;
}
/** `detail` of `smart-city-load`: the data from `src` arrived and is valid. */
export interface SmartCityLoadDetail {
  entries: number;
}
/** `detail` of the dashboard's `smart-city-error`. */
export interface SmartCityDashboardErrorDetail {
  code: 'load-failed' | 'data-invalid' | 'download-failed';
  message: string;
  issues?: ValidationIssue[];
}

const FILTERS = ['province', 'cohort', 'period'] as const;

/**
 * The regions dashboard for a province or the ministry: every region's latest published
 * self-assessment per period, as a sortable regions × elements table, the distribution per
 * element (regions per level; min, median and max; a radar of them), the trend of the index
 * over periods, filters by province, cohort and period (kept in the page's URL), each region's
 * scorecard one click away, and the table as CSV or Excel.
 *
 * @summary Regions dashboard: regions × elements, distribution, trend, filters, export.
 *
 * @event {SmartCityFilterDetail} smart-city-filter - A filter changed. `detail: { province: string | null, cohort: number | null, period: string | null }` (`null`: all; for `period`, the newest).
 * @event {SmartCitySortDetail} smart-city-sort - The table was sorted. `detail: { column: 'region' | 'province' | 'cohort' | 'index' | <element id>, direction: 'ascending' | 'descending' }`.
 * @event {SmartCityDownloadDetail} smart-city-download - A file was offered. `detail: { format: 'csv' | 'xlsx', fileName: string, rows: number }`.
 * @event {SmartCityLoadDetail} smart-city-load - The data from `src` arrived and is valid. `detail: { entries: number }`.
 * @event {SmartCityDashboardErrorDetail} smart-city-error - The data could not be loaded or is not valid, or the Excel file could not be made. `detail: { code: 'load-failed' | 'data-invalid' | 'download-failed', message, issues? }`.
 *
 * @csspart filters - The filter bar.
 * @csspart table - The regions × elements table.
 * @csspart scorecard-link - Each region's link to its scorecard.
 * @csspart distribution - The distribution section.
 * @csspart trend - The trend section.
 * @csspart button - Every button (downloads, sort buttons).
 *
 * @cssproperty --scm-accent - Accent colour (links, the median line, the level bars). Default `#1d4ed8`.
 * @cssproperty --scm-border - Border colour. Default `#c5ccd6`.
 * @cssproperty --scm-text - Text colour. Default `#1f2933`.
 * @cssproperty --scm-surface - Background. Default `#ffffff`.
 * @cssproperty --scm-font-size - Base font size; every size inside is in em of it. Default `max(1rem, 16px)`.
 * @cssproperty --scm-focus - Focus ring colour. Default `#b45309`.
 * @cssproperty --scm-series-current - The radar's median. Default `#0072b2`.
 * @cssproperty --scm-series-previous - The radar's minimum. Default `#e69f00`.
 * @cssproperty --scm-series-target - The radar's maximum. Default `#009e73`.
 */
export class SmartCityDashboard extends LitElement {
  static override styles = [tokens, scorecardStyles, scorecardViewStyles, dashboardStyles];

  /** Language: `id` (default) or `en`. */
  @property({ reflect: true }) override lang = 'id';
  /** The dashboard API's URL (`/api/dashboard`), fetched with the page's own credentials (same origin). */
  @property() src = '';
  /** The dashboard's data (`{ levels, elements, entries }`, as `GET /api/dashboard` answers); set directly instead of `src`. */
  @property({ attribute: false }) data: unknown = undefined;
  /** Only this province (default: all). */
  @property() province = '';
  /** Only regions that joined the programme in this year (default: all). */
  @property({ type: Number }) cohort: number | undefined = undefined;
  /** The period the table and distribution show (default: the newest present). */
  @property() period = '';
  /** Where a region's name links: `{code}` and `{period}` are filled in. */
  @property({ attribute: 'scorecard-href' }) scorecardHref = '/regions/{code}/scorecard?period={period}';
  /** Leave the page's URL alone (by default the filters are kept in `?province=&cohort=&period=`). */
  @property({ type: Boolean, attribute: 'no-url-state' }) noUrlState = false;

  @state() private dashboard: Dashboard | undefined;
  @state() private problem: { text: string; issues?: ValidationIssue[] } | undefined;
  @state() private loading = false;
  @state() private sortKey: DashboardSortKey = 'region';
  @state() private sortDirection: SortDirection = 'ascending';
  private loads = 0;

  private get language(): Lang {
    return this.lang === 'en' ? 'en' : 'id';
  }
  private get t(): DashboardMessages {
    return dashboardMessages[this.language];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.noUrlState) return;
    // The page's URL wins: a shared link opens the dashboard as it was filtered.
    const query = new URLSearchParams(location.search);
    if (query.get('province')) this.province = query.get('province') ?? '';
    const cohort = Number.parseInt(query.get('cohort') ?? '', 10);
    if (Number.isInteger(cohort)) this.cohort = cohort;
    if (query.get('period')) this.period = query.get('period') ?? '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data !== undefined) this.accept(this.data);
    if (changed.has('src') && this.src) void this.load(this.src);
  }

  private accept(value: unknown): boolean {
    const parsed = safeParseDashboard(value, this.language);
    if (!parsed.success) {
      this.dashboard = undefined;
      this.problem = { text: this.t.invalid, issues: parsed.issues };
      this.fire<SmartCityDashboardErrorDetail>('smart-city-error', { code: 'data-invalid', message: this.t.invalid, issues: parsed.issues });
      return false;
    }
    this.dashboard = parsed.data;
    this.problem = undefined;
    return true;
  }

  private async load(src: string): Promise<void> {
    const load = ++this.loads;
    this.loading = true;
    let status: string;
    try {
      const response = await fetch(src, { credentials: 'same-origin', headers: { accept: 'application/json' } });
      if (load !== this.loads) return;
      if (response.ok) {
        const value: unknown = await response.json();
        if (load !== this.loads) return;
        this.loading = false;
        if (this.accept(value)) this.fire<SmartCityLoadDetail>('smart-city-load', { entries: this.dashboard?.entries.length ?? 0 });
        return;
      }
      status = `HTTP ${response.status}`;
    } catch (error) {
      if (load !== this.loads) return;
      status = error instanceof Error ? error.message : String(error);
    }
    this.loading = false;
    this.dashboard = undefined;
    const message = this.t.loadFailed(status);
    this.problem = { text: message };
    this.fire<SmartCityDashboardErrorDetail>('smart-city-error', { code: 'load-failed', message });
  }

  private fire<T>(name: string, detail: T): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  /** Regions of every period that pass the province and cohort filters (the trend's). */
  private filtered(d: Dashboard): DashboardEntry[] {
    return filterEntries(d.entries, { ...(this.province ? { province: this.province } : {}), ...(this.cohort !== undefined ? { cohort: this.cohort } : {}) });
  }

  private shownPeriod(entries: readonly DashboardEntry[], d: Dashboard): string {
    return this.period || latestPeriod(entries) || latestPeriod(d.entries) || '';
  }

  private setFilter(name: (typeof FILTERS)[number], value: string): void {
    if (name === 'cohort') this.cohort = value ? Number(value) : undefined;
    else this[name] = value;
    if (!this.noUrlState) {
      const url = new URL(location.href);
      for (const key of FILTERS) {
        const v = key === 'cohort' ? (this.cohort === undefined ? '' : String(this.cohort)) : this[key];
        if (v) url.searchParams.set(key, v);
        else url.searchParams.delete(key);
      }
      history.replaceState(history.state, '', url);
    }
    this.fire<SmartCityFilterDetail>('smart-city-filter', { province: this.province || null, cohort: this.cohort ?? null, period: this.period || null });
  }

  private sortBy(key: DashboardSortKey): void {
    const same = JSON.stringify(key) === JSON.stringify(this.sortKey);
    // A new column starts where people look first: names A–Z, scores highest first.
    this.sortDirection = same ? (this.sortDirection === 'ascending' ? 'descending' : 'ascending') : key === 'region' || key === 'province' ? 'ascending' : 'descending';
    this.sortKey = key;
    this.fire<SmartCitySortDetail>('smart-city-sort', { column: typeof key === 'object' ? key.element : key, direction: this.sortDirection });
  }

  private async download(format: 'csv' | 'xlsx', d: Dashboard, rows: DashboardEntry[], period: string): Promise<void> {
    const fileName = `${this.t.fileName}-${period || 'semua'}.${format}`;
    if (format === 'csv') downloadText(fileName, dashboardToCsv(d, rows, { lang: this.language }), 'text/csv;charset=utf-8');
    else {
      try {
        const { dashboardXlsx } = await import('./xlsx-download.js');
        downloadBlob(fileName, await dashboardXlsx(d, rows, this.language));
      } catch {
        this.problem = { text: this.t.downloadFailed };
        this.fire<SmartCityDashboardErrorDetail>('smart-city-error', { code: 'download-failed', message: this.t.downloadFailed });
        return;
      }
    }
    this.fire<SmartCityDownloadDetail>('smart-city-download', { format, fileName, rows: rows.length });
  }

  override render(): TemplateResult {
    const t = this.t;
    const d = this.dashboard;
    const status = html`<div class="status" role="status">${this.loading ? t.loading : ''}</div>`;
    if (!d) return html`<h2>${t.title}</h2>${status}${this.renderProblem()}`;
    const all = this.filtered(d);
    const period = this.shownPeriod(all, d);
    const current = filterEntries(all, { period });
    const rows = sortEntries(current, this.sortKey, this.sortDirection);
    return html`
      <h2>${t.title}</h2>
      <p class="intro">${t.intro}</p>
      ${status}${this.renderProblem()}
      ${this.renderFilters(d, period)}
      <section>
        <h3 id="regions-title">${t.regionsTitle(rows.length)}</h3>
        <div class="tools">
          <button part="button" type="button" ?disabled=${rows.length === 0} @click=${() => this.download('csv', d, rows, period)}>${t.downloadCsv}</button>
          <button part="button" type="button" ?disabled=${rows.length === 0} @click=${() => this.download('xlsx', d, rows, period)}>${t.downloadXlsx}</button>
        </div>
        ${rows.length === 0 ? html`<p class="empty">${t.empty}</p>` : this.renderTable(d, rows, period)}
      </section>
      ${rows.length === 0 ? nothing : this.renderDistribution(d, current, period)}
      ${all.length === 0 ? nothing : this.renderTrend(d, all)}
    `;
  }

  private renderProblem(): TemplateResult | typeof nothing {
    const p = this.problem;
    if (!p) return nothing;
    return html`<div class="notice error" role="alert">${p.text}${p.issues?.length
      ? html`<ul>${p.issues.slice(0, 10).map((i) => html`<li><code>${i.where}</code>: ${i.message}</li>`)}</ul>`
      : nothing}</div>`;
  }

  private renderFilters(d: Dashboard, period: string): TemplateResult {
    const t = this.t;
    const choices = dashboardChoices(d.entries);
    const select = (name: (typeof FILTERS)[number], label: string, options: readonly (string | number)[], value: string, allLabel: string | null) => html`
      <label>${label}
        <select name=${name} @change=${(e: Event) => this.setFilter(name, (e.target as HTMLSelectElement).value)}>
          ${allLabel === null ? nothing : html`<option value="" ?selected=${value === ''}>${allLabel}</option>`}
          ${options.map((o) => html`<option value=${String(o)} ?selected=${String(o) === value}>${o}</option>`)}
        </select>
      </label>`;
    const shown = (v: string) => v || t.all;
    return html`<form class="filters" part="filters" aria-label=${t.filters} @submit=${(e: Event) => e.preventDefault()}>
        ${select('province', t.province, choices.provinces, this.province, t.all)}
        ${select('cohort', t.cohort, choices.cohorts, this.cohort === undefined ? '' : String(this.cohort), t.all)}
        ${select('period', t.period, choices.periods, period, null)}
      </form>
      <p class="print-only">${t.province}: ${shown(this.province)} · ${t.cohort}: ${shown(this.cohort === undefined ? '' : String(this.cohort))} · ${t.period}: ${period}</p>`;
  }

  private header(label: string, key: DashboardSortKey, numeric: boolean): TemplateResult {
    const active = JSON.stringify(key) === JSON.stringify(this.sortKey);
    const arrow = active ? (this.sortDirection === 'ascending' ? '▲' : '▼') : '';
    return html`<th scope="col" class=${numeric ? 'num' : ''} aria-sort=${active ? this.sortDirection : 'none'}>
      <button part="button" class="sort" type="button" title=${this.t.sortBy(label)} @click=${() => this.sortBy(key)}>${label}<span aria-hidden="true" class="arrow">${arrow}</span></button>
    </th>`;
  }

  /** A score with its level's name, or "provisional" when no level is claimed yet. */
  private score(d: Dashboard, node: { score: number | null; level: number | null; provisional: boolean }): TemplateResult {
    const t = this.t;
    if (node.score === null) return html`<span class="score">–</span><span class="lvl">${t.unscored}</span>`;
    return html`<span class="score">${formatScore(node.score, this.language)}</span>${node.provisional
      ? html`<span class="lvl provisional" data-provisional="true">${t.provisional}</span>`
      : html`<span class="lvl">${levelName(d, node.level, this.language)}</span>`}`;
  }

  private link(code: string, period: string): string {
    return this.scorecardHref.replaceAll('{code}', encodeURIComponent(code)).replaceAll('{period}', encodeURIComponent(period));
  }

  private renderTable(d: Dashboard, rows: DashboardEntry[], period: string): TemplateResult {
    const t = this.t;
    const lang = this.language;
    return html`<div class="scroll" tabindex="0" role="region" aria-labelledby="regions-title">
        <table part="table">
          <caption>${t.tableCaption(period)}</caption>
          <thead><tr>
            ${this.header(t.region, 'region', false)}
            ${this.header(t.province, 'province', false)}
            ${this.header(t.cohort, 'cohort', true)}
            ${this.header(t.index, 'index', true)}
            ${d.elements.map((e) => this.header(e.name[lang], { element: e.id }, true))}
          </tr></thead>
          <tbody>${rows.map((r) => html`<tr data-region=${r.regionCode}>
            <th scope="row"><a part="scorecard-link" href=${this.link(r.regionCode, r.period)}><span class="name">${r.regionName}</span><span class="visually-hidden"> (${t.scorecardLink(r.regionName)})</span></a>
              <span class="code">${r.regionCode}</span></th>
            <td>${r.province}</td>
            <td class="num">${r.cohort ?? '–'}</td>
            <td class="num index" data-column="index">${this.score(d, { score: r.index, level: r.level, provisional: r.provisional })}<span class="lvl">${t.completeness(Math.round(r.completeness * 100))}</span></td>
            ${d.elements.map((e) => {
              const cell = r.elements.find((x) => x.id === e.id) ?? { score: null, level: null, provisional: false };
              return html`<td class="num" data-column=${e.id}>${this.score(d, cell)}</td>`;
            })}
          </tr>`)}</tbody>
        </table>
      </div>
      ${rows.some((r) => r.provisional || r.elements.some((e) => e.provisional && e.score !== null)) ? html`<p class="note">${t.provisionalNote}</p>` : nothing}`;
  }

  private renderDistribution(d: Dashboard, entries: DashboardEntry[], period: string): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const list = dashboardDistribution(d, entries);
    const names = new Map<string, string>([['index', t.index], ...d.elements.map((e): [string, string] => [e.id, e.name[lang]])]);
    const elementsOnly = list.slice(1);
    const ranks = d.levels.map((l) => l.rank);
    return html`<section part="distribution">
      <h3 id="distribution-title">${t.distributionTitle}</h3>
      <p class="note">${t.distributionCaption(period)}</p>
      <div class="chart">
        <div class="radar-block">
          ${renderRadar({
            axes: d.elements.map((e) => e.name[lang]),
            ranks,
            title: t.radarTitle(period),
            series: [
              { key: 'current', label: t.median, scores: elementsOnly.map((x) => x.median) },
              { key: 'previous', label: t.min, scores: elementsOnly.map((x) => x.min) },
              { key: 'target', label: t.max, scores: elementsOnly.map((x) => x.max) },
            ],
          })}
          <ul class="legend">
            <li><span class="swatch current"></span>${t.median}</li>
            <li><span class="swatch previous"></span>${t.min}</li>
            <li><span class="swatch target"></span>${t.max}</li>
          </ul>
        </div>
        <div class="cards">${list.map((x) => this.renderDistributionCard(d, x, names.get(x.id) ?? x.id))}</div>
      </div>
    </section>`;
  }

  private renderDistributionCard(d: Dashboard, x: Distribution, name: string): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const total = x.levels.reduce((n, l) => n + l.count, 0) + x.provisional + x.unscored;
    const parts = [
      ...x.levels.map((l, i) => ({ key: `l${i + 1}`, label: levelName(d, l.rank, lang), count: l.count })),
      { key: 'provisional', label: t.provisional, count: x.provisional },
      { key: 'unscored', label: t.unscored, count: x.unscored },
    ];
    let at = 0;
    return html`<div class="card" data-distribution=${x.id}>
      <h4>${name}</h4>
      <svg class="stack" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">${parts.map((p) => {
        const width = total ? (p.count / total) * 100 : 0;
        const rect = svg`<rect class="seg ${p.key}" x=${at} y="0" width=${width} height="8"></rect>`;
        at += width;
        return rect;
      })}</svg>
      <ul class="counts">${parts.filter((p) => p.count > 0 || p.key.startsWith('l')).map(
        (p) => html`<li data-part=${p.key}><span class="swatch-box ${p.key}" aria-hidden="true"></span>${p.label}: <strong>${p.count}</strong></li>`,
      )}</ul>
      <p class="stats">${t.min} <strong data-stat="min">${formatScore(x.min, lang)}</strong> · ${t.median} <strong data-stat="median">${formatScore(x.median, lang)}</strong> · ${t.max} <strong data-stat="max">${formatScore(x.max, lang)}</strong></p>
    </div>`;
  }

  private renderTrend(d: Dashboard, entries: DashboardEntry[]): TemplateResult {
    const t = this.t;
    const lang = this.language;
    const trend = dashboardTrend(entries);
    const ranks = d.levels.map((l) => l.rank);
    const medians = trend.median.map((m, i) => `${trend.periods[i]} ${formatScore(m, lang)}`).join(', ');
    return html`<section part="trend">
      <h3 id="trend-title">${t.trendTitle}</h3>
      ${renderTrend(trend, ranks, t.trendChart(trend.periods.join(', '), medians))}
      <div class="scroll" tabindex="0" role="region" aria-labelledby="trend-title">
        <table class="trend-table">
          <caption>${t.trendCaption}</caption>
          <thead><tr><th scope="col">${t.region}</th>${trend.periods.map((p) => html`<th scope="col" class="num">${p}</th>`)}</tr></thead>
          <tbody>
            <tr class="median" data-series="median"><th scope="row">${t.allRegionsMedian}</th>${trend.median.map((m) => html`<td class="num">${formatScore(m, lang)}</td>`)}</tr>
            ${trend.regions.map((r) => html`<tr data-series=${r.code}><th scope="row">${r.name}</th>${r.values.map((v) => html`<td class="num">${formatScore(v, lang)}</td>`)}</tr>`)}
          </tbody>
        </table>
      </div>
    </section>`;
  }
}
