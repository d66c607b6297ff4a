import type { Stakeholder } from '../schema/assessment.js';
import type { Lang } from '../schema/localized.js';
import type { FundingSource, ProgrammeHorizon, ProgrammeStatus, RegionKind } from '../schema/programme-record.js';

interface RecordLabels {
  status: Record<ProgrammeStatus, string>;
  funding: Record<FundingSource, string>;
  horizon: Record<ProgrammeHorizon, string>;
  kind: Record<RegionKind, string>;
  group: Record<Stakeholder, string>;
}

/** The words of the programme record's choices, in Bahasa Indonesia and English. */
export const recordLabels: Record<Lang, RecordLabels> = {
  id: {
    status: { planned: 'Direncanakan', ongoing: 'Berjalan', completed: 'Selesai', stopped: 'Dihentikan' },
    funding: { apbd: 'APBD', apbn: 'APBN', apbdes: 'APBDes', kpbu: 'KPBU', csr: 'CSR', grant: 'Hibah', other: 'Lainnya' },
    horizon: { quickWin: 'Quick win', short: 'Jangka pendek', medium: 'Jangka menengah', long: 'Jangka panjang' },
    kind: { kabupaten: 'Kabupaten', kota: 'Kota', provinsi: 'Provinsi' },
    group: { government: 'Pemerintah', academia: 'Akademisi', business: 'Dunia usaha', community: 'Komunitas', media: 'Media' },
  },
  en: {
    status: { planned: 'Planned', ongoing: 'Ongoing', completed: 'Completed', stopped: 'Stopped' },
    funding: { apbd: 'APBD', apbn: 'APBN', apbdes: 'APBDes', kpbu: 'KPBU (PPP)', csr: 'CSR', grant: 'Grant', other: 'Other' },
    horizon: { quickWin: 'Quick win', short: 'Short term', medium: 'Medium term', long: 'Long term' },
    kind: { kabupaten: 'Regency (kabupaten)', kota: 'City (kota)', provinsi: 'Province' },
    group: { government: 'Government', academia: 'Academia', business: 'Business', community: 'Community', media: 'Media' },
  },
};

/** The choice whose id or label (either language, any case) is `text`; for reading spreadsheets. */
export function choiceOf<K extends string>(labels: (l: RecordLabels) => Record<K, string>, text: string): K | undefined {
  const wanted = text.trim().toLowerCase();
  for (const lang of ['id', 'en'] as const) {
    for (const [key, label] of Object.entries(labels(recordLabels[lang])) as [K, string][]) {
      if (key.toLowerCase() === wanted || label.toLowerCase() === wanted) return key;
    }
  }
  return undefined;
}
