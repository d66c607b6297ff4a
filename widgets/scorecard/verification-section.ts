import { html, nothing, type TemplateResult } from 'lit';
import { formatScore, indicatorsById, type Framework, type Lang } from '../../src/internal.js';
import type { IndicatorDifference, ScoreDifference, VerificationReport } from '../../src/internal-scorecard.js';
import type { Messages } from '../internal/messages.js';
import type { ScorecardWords } from './scorecard-messages.js';
import type { VerificationWords } from './verification-messages.js';

type Words = Messages & ScorecardWords & VerificationWords;

/*
 * The self-assessment beside the assessor's verification: the index, each element and the
 * readiness in one table, and every verified indicator in another, each difference said in
 * words ("Berbeda") and not by colour alone. Part of the scorecard's view chunk.
 */

/** A signed difference, "−1,5" or "+0,5"; "–" when one side has no score. */
function signed(delta: number | null, lang: Lang): string {
  if (delta === null) return '–';
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  return `${sign}${formatScore(Math.abs(delta), lang)}`;
}

function scoreRow(label: string, d: ScoreDifference, lang: Lang, key: string): TemplateResult {
  return html`<tr data-row=${key}>
    <th scope="row">${label}</th>
    <td class="num" data-self>${formatScore(d.self, lang)}</td>
    <td class="num" data-verified>${formatScore(d.verified, lang)}</td>
    <td class="num" data-delta>${signed(d.delta, lang)}</td>
  </tr>`;
}

/** "4 · Terintegrasi", "Tidak berlaku" or "Belum dijawab". */
function answerText(f: Framework, status: IndicatorDifference['selfStatus'], level: number | null, missing: string, t: Words, lang: Lang): string {
  if (status === 'notApplicable') return t.notApplicable;
  if (status === 'missing' || level === null) return missing;
  const name = f.levels.find((l) => l.rank === level)?.name[lang];
  return name ? `${level} · ${name}` : String(level);
}

/** The summary's figure: the verified index and how much is verified. */
export function renderVerifiedFigure(result: VerificationReport, provisional: boolean, t: Words, lang: Lang): TemplateResult {
  const verified = result.verified;
  return html`<div class="figure verified" data-provisional=${provisional ? 'true' : 'false'}>
    <div class="label">${t.verifiedIndex}${provisional ? ` (${t.provisional})` : ''}</div>
    <div class="value" data-value="verified-index">${formatScore(verified.index, lang)}</div>
    <div class="sub" data-value="verified-progress">${t.verifiedProgress(verified.answered, verified.applicable)}</div>
  </div>`;
}

export function renderVerificationSection(f: Framework, result: VerificationReport, t: Words, lang: Lang): TemplateResult {
  const d = result.differences;
  const questions = indicatorsById(f);
  const differing = d.indicators.filter((i) => i.differs).length;
  return html`<section part="verification" aria-labelledby="verification-title" class="verification">
    <h3 id="verification-title">${t.verificationTitle}</h3>
    <p data-value="verified-summary">${t.verifiedProgress(result.verified.answered, result.verified.applicable)}.
      ${d.indicators.length > 0 ? t.differCount(differing, d.indicators.length) : nothing}</p>
    <table data-table="verification-scores">
      <caption>${t.scoresCaption}</caption>
      <thead><tr><th scope="col">${t.item}</th><th scope="col" class="num">${t.selfAssessed}</th><th scope="col" class="num">${t.verified}</th><th scope="col" class="num">${t.difference}</th></tr></thead>
      <tbody>
        ${scoreRow(t.index, d.index, lang, 'index')}
        ${d.elements.map((e) => scoreRow(e.name[lang], e, lang, e.id))}
        ${f.readiness.length > 0 ? scoreRow(t.readinessTitle, d.readiness, lang, 'readiness') : nothing}
      </tbody>
    </table>
    ${d.indicators.length === 0
      ? nothing
      : html`<div class="scroll" tabindex="0" role="region" aria-label=${t.indicatorsCaption}><table data-table="verification-indicators">
          <caption>${t.indicatorsCaption}</caption>
          <thead><tr>
            <th scope="col">${t.indicator}</th><th scope="col">${t.selfAssessed}</th><th scope="col">${t.verified}</th>
            <th scope="col" class="num">${t.difference}</th><th scope="col">${t.status}</th><th scope="col">${t.comment}</th>
          </tr></thead>
          <tbody>
            ${d.indicators.map((i) => html`<tr data-indicator=${i.id} data-differs=${i.differs ? 'true' : 'false'} class=${i.differs ? 'differs' : ''}>
              <th scope="row">${questions.get(i.id)?.question[lang] ?? i.id}</th>
              <td data-self>${answerText(f, i.selfStatus, i.self, t.notAnswered, t, lang)}</td>
              <td data-verified>${answerText(f, i.verifiedStatus, i.verified, t.notVerified, t, lang)}</td>
              <td class="num" data-delta>${signed(i.delta, lang)}</td>
              <td data-status>${i.verifiedStatus === 'missing' ? t.notVerified : i.differs ? html`<strong>≠ ${t.differs}</strong>` : t.matches}</td>
              <td data-comment>${i.comment ?? ''}</td>
            </tr>`)}
          </tbody>
        </table></div>`}
  </section>`;
}
