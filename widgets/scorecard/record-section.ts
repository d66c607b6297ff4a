import { html, nothing, type TemplateResult } from 'lit';
import { type Framework, type Lang } from '../../src/internal.js';
import { programmeRealisation, quickWinSummary, realisedText, recordLabels, type ProgrammeRecord } from '../../src/internal-record.js';

/*
 * The scorecard's "Programme realisation" section, from the assessment's programme record:
 * per element how many registered programmes are realised, and the quick-win register's
 * status. Loaded on demand (its own chunk): only assessments with a record need it.
 */

const words = {
  id: { title: 'Realisasi program', element: 'Elemen', programmes: 'Program masterplan', realisation: 'Rata-rata realisasi', quickWins: 'Quick win' },
  en: { title: 'Programme realisation', element: 'Element', programmes: 'Masterplan programmes', realisation: 'Mean realisation', quickWins: 'Quick wins' },
};

export function renderRecordSection(framework: Framework, record: ProgrammeRecord, lang: Lang): TemplateResult {
  const w = words[lang];
  const rows = programmeRealisation(framework, record).filter((r) => r.total > 0);
  const quickWins = quickWinSummary(record);
  const statuses = (['completed', 'ongoing', 'planned', 'stopped'] as const).filter((s) => quickWins.byStatus[s] > 0);
  return html`<section part="programmes" aria-labelledby="programmes-title" data-section="programmes">
    <h3 id="programmes-title">${w.title}</h3>
    ${quickWins.total > 0
      ? html`<p data-summary="quick-wins"><strong>${w.quickWins}:</strong> ${realisedText(quickWins, 'quickWin', lang)}
          (${statuses.map((s) => `${recordLabels[lang].status[s]} ${quickWins.byStatus[s]}`).join(', ')})</p>`
      : nothing}
    ${rows.length > 0
      ? html`<table data-table="realisation">
          <thead><tr><th scope="col">${w.element}</th><th scope="col">${w.programmes}</th><th scope="col">${w.realisation}</th></tr></thead>
          <tbody>${rows.map((r) => html`<tr data-element=${r.elementId ?? ''}>
            <th scope="row">${r.name[lang]}</th><td>${realisedText(r, 'programme', lang)}</td>
            <td>${r.realisation === null ? '–' : `${Math.round(r.realisation)}%`}</td></tr>`)}</tbody>
        </table>`
      : nothing}
  </section>`;
}
