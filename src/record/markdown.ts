import type { Assessment } from '../schema/assessment.js';
import type { Framework } from '../schema/framework.js';
import type { Lang } from '../schema/localized.js';
import type { Team } from '../schema/programme-record.js';
import { mdText } from '../planning/markdown-text.js';
import { recordLabels } from './labels.js';
import { programmeRealisation, quickWinSummary, realisedText } from './summary.js';

const words = {
  id: {
    title: 'Rekam Program Smart City', region: 'Daerah', code: 'Kode wilayah (Kemendagri)', kind: 'Jenis daerah', province: 'Provinsi',
    profile: 'Profil daerah', rpjmd: 'Periode RPJMD', vision: 'Visi RPJMD',
    membership: 'Keanggotaan Gerakan Menuju 100 Smart City', cohort: 'Tahun angkatan', mou: 'Nota kesepahaman (MoU)',
    masterplan: 'Masterplan Smart City', planTitle: 'Judul', planPeriod: 'Periode', perkada: 'Peraturan kepala daerah', link: 'Tautan',
    council: 'Dewan Smart City', team: 'Tim Pelaksana Smart City', decree: 'Surat keputusan', chair: 'Ketua', members: 'Anggota',
    commitments: 'Komitmen yang ditandatangani', signatory: 'Penanda tangan', office: 'Jabatan', date: 'Tanggal', document: 'Dokumen',
    quickWins: 'Register quick win', programmes: 'Program masterplan', realisation: 'Realisasi program per elemen',
    name: 'Nama', element: 'Elemen', owner: 'OPD penanggung jawab', launch: 'Peluncuran', status: 'Status', evidence: 'Bukti', impact: 'Dampak',
    horizon: 'Horizon', years: 'Tahun', budget: 'Anggaran (Rp)', source: 'Sumber dana', realised: 'Realisasi', none: 'Belum diisi.',
    dated: 'tanggal',
  },
  en: {
    title: 'Smart City Programme Record', region: 'Region', code: 'Region code (Kemendagri)', kind: 'Kind of region', province: 'Province',
    profile: 'Region profile', rpjmd: 'RPJMD period', vision: 'RPJMD vision',
    membership: 'Membership of Gerakan Menuju 100 Smart City', cohort: 'Cohort year', mou: 'Memorandum of understanding (MoU)',
    masterplan: 'Smart City Masterplan', planTitle: 'Title', planPeriod: 'Period', perkada: 'Regional head regulation (Perkada)', link: 'Link',
    council: 'Smart City Council (Dewan Smart City)', team: 'Implementation Team (Tim Pelaksana)', decree: 'Decree', chair: 'Chair', members: 'Members',
    commitments: 'Signed commitments', signatory: 'Signatory', office: 'Office', date: 'Date', document: 'Document',
    quickWins: 'Quick-win register', programmes: 'Masterplan programmes', realisation: 'Programme realisation per element',
    name: 'Name', element: 'Element', owner: 'Owner OPD', launch: 'Launch', status: 'Status', evidence: 'Evidence', impact: 'Impact',
    horizon: 'Horizon', years: 'Years', budget: 'Budget (Rp)', source: 'Funding', realised: 'Realisation', none: 'Not filled in.',
    dated: 'dated',
  },
};

const span = (from: number | undefined, to: number | undefined) => (from === undefined && to === undefined ? '' : from === to ? `${from}` : `${from ?? '…'}–${to ?? '…'}`);

/** A Markdown table; every cell is user text made inert. */
function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.map((c) => mdText(c) || ' ').join(' | ')} |`)];
}

/**
 * The programme record as Markdown for the evaluation file: profile, membership, masterplan,
 * Dewan Smart City and Tim Pelaksana, commitments, both registers and the realisation per
 * element. Every text the region typed is escaped (`mdText`), so it shows as written.
 */
export function programmeRecordMarkdown(framework: Framework, assessment: Assessment, options: { lang?: Lang } = {}): string {
  const lang = options.lang ?? 'id';
  const w = words[lang];
  const l = recordLabels[lang];
  const r = assessment.programmeRecord ?? {};
  const elementName = (id: string | undefined) => (id === undefined ? '' : framework.elements.find((e) => e.id === id)?.name[lang] ?? (id === 'readiness' ? (lang === 'id' ? 'Kesiapan Daerah' : 'Regional Readiness') : id));
  const money = (n: number | undefined) => (n === undefined ? '' : n.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB'));
  const lines: string[] = [`# ${w.title}: ${mdText(assessment.region.name)}`, ''];
  const facts = (pairs: [string, string | undefined][]) => {
    const shown = pairs.filter(([, v]) => v);
    lines.push(...(shown.length ? shown.map(([k, v]) => `- ${k}: ${mdText(v ?? '')}`) : [w.none]), '');
  };
  const section = (title: string) => lines.push(`## ${title}`, '');

  section(w.profile);
  facts([
    [w.code, assessment.region.code], [w.kind, r.profile?.kind && l.kind[r.profile.kind]], [w.province, r.profile?.province],
    [w.rpjmd, span(r.profile?.rpjmdStart, r.profile?.rpjmdEnd)], [w.vision, r.profile?.rpjmdVision],
  ]);
  section(w.membership);
  facts([[w.cohort, r.membership?.cohortYear?.toString()], [w.mou, [r.membership?.mouNumber, r.membership?.mouDate && `${w.dated} ${r.membership.mouDate}`].filter(Boolean).join(', ')]]);
  const plan = r.masterplan;
  section(w.masterplan);
  facts([
    [w.planTitle, plan?.title], [w.planPeriod, span(plan?.startYear, plan?.endYear)],
    [w.perkada, [plan?.perkadaNumber, plan?.perkadaDate && `${w.dated} ${plan.perkadaDate}`].filter(Boolean).join(', ')], [w.link, plan?.url],
  ]);
  const team = (title: string, t: Team | undefined) => {
    section(title);
    facts([[w.decree, [t?.decreeNumber, t?.decreeDate && `${w.dated} ${t.decreeDate}`].filter(Boolean).join(', ')], [w.chair, t?.chair]]);
    if (t?.members?.length) lines.push(`${w.members}:`, '', ...t.members.map((m) => `- ${mdText(m.name)}${m.role ? `, ${mdText(m.role)}` : ''}${m.group ? ` (${l.group[m.group]})` : ''}`), '');
  };
  team(w.council, r.council);
  team(w.team, r.team);

  section(w.commitments);
  const commitments = r.commitments ?? [];
  lines.push(...(commitments.length
    ? table([w.signatory, w.office, w.date, w.document], commitments.map((c) => [c.signatory, c.office ?? '', c.date ?? '', [c.document, c.url].filter(Boolean).join(' ')]))
    : [w.none]), '');

  section(w.quickWins);
  const quickWins = r.quickWins ?? [];
  if (quickWins.length) lines.push(realisedText(quickWinSummary(r), 'quickWin', lang), '');
  lines.push(...(quickWins.length
    ? table([w.name, w.element, w.owner, w.launch, w.status, w.evidence, w.impact], quickWins.map((q) => [
        q.name, elementName(q.elementId), q.ownerOpd ?? '', q.launchDate ?? '', q.status ? l.status[q.status] : '', q.evidence ?? '', q.impact ?? '',
      ]))
    : [w.none]), '');

  section(w.programmes);
  const programmes = r.programmes ?? [];
  lines.push(...(programmes.length
    ? table([w.name, w.element, w.horizon, w.owner, w.years, w.budget, w.source, w.status, w.realised], programmes.map((p) => [
        p.name, elementName(p.elementId), p.horizon ? l.horizon[p.horizon] : '', p.ownerOpd ?? '', span(p.startYear, p.endYear), money(p.budget),
        (p.fundingSources ?? []).map((s) => l.funding[s]).join(', '), p.status ? l.status[p.status] : '', p.realisation === undefined ? '' : `${p.realisation}%`,
      ]))
    : [w.none]), '');

  if (programmes.length) {
    section(w.realisation);
    lines.push(...programmeRealisation(framework, r).filter((e) => e.total > 0).map((e) =>
      `- ${mdText(e.name[lang])}: ${realisedText(e, 'programme', lang)}${e.realisation === null ? '' : ` (${w.realised.toLowerCase()} ${Math.round(e.realisation)}%)`}`), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
