// The regions dashboard's test data: four regions in 2026, two of them also in 2025.
import type { Dashboard, DashboardEntry } from '../../src/internal-dashboard.js';

const t = (id: string, en: string) => ({ id, en });
const element = (id: string, score: number | null, level: number | null, completeness = 1, provisional = false) => ({ id, score, level, completeness, provisional });
const entry = (over: Partial<DashboardEntry> & Pick<DashboardEntry, 'regionCode' | 'regionName' | 'province' | 'period'>): DashboardEntry => ({
  cohort: null, index: null, level: null, completeness: 1, provisional: false, elements: [], ...over,
});

export const dashboardData: Dashboard = {
  levels: [
    { rank: 1, name: t('Rintisan', 'Initiating') },
    { rank: 2, name: t('Terkelola', 'Managed') },
    { rank: 3, name: t('Terdefinisi', 'Defined') },
    { rank: 4, name: t('Terpadu dan Terukur', 'Integrated and Measured') },
    { rank: 5, name: t('Optimum', 'Optimised') },
  ],
  elements: [{ id: 'e1', name: t('Tata Kelola', 'Governance') }, { id: 'e2', name: t('Lingkungan', 'Environment') }],
  entries: [
    entry({ regionCode: '99.01', regionName: 'Kabupaten Sukamaju', province: 'Jawa Barat', cohort: 2017, period: '2025', index: 2.8, level: 2, elements: [element('e1', 3, 3), element('e2', 2.6, 2)] }),
    entry({ regionCode: '99.71', regionName: 'Kota Contoh', province: 'Kalimantan Timur', cohort: 2017, period: '2025', index: 4, level: 4, elements: [element('e1', 4, 4), element('e2', 3.8, 3)] }),
    entry({ regionCode: '99.01', regionName: 'Kabupaten Sukamaju', province: 'Jawa Barat', cohort: 2017, period: '2026', index: 3.2, level: 3, completeness: 0.875, elements: [element('e1', 3.456, 3), element('e2', 2.9, 2)] }),
    entry({ regionCode: '99.02', regionName: 'Kabupaten Lembah Hijau', province: 'Jawa Barat', cohort: 2019, period: '2026', index: 2.1, level: 2, completeness: 0.9, elements: [element('e1', 1.5, 1), element('e2', null, null, 0, true)] }),
    entry({ regionCode: '99.71', regionName: 'Kota Contoh', province: 'Kalimantan Timur', cohort: 2017, period: '2026', index: 4.4, level: 4, elements: [element('e1', 4.8, 4), element('e2', 4, 4)] }),
    entry({ regionCode: '99.72', regionName: 'Kota Tepian', province: 'Kalimantan Timur', period: '2026', index: 2.6, level: null, completeness: 0.5, provisional: true, elements: [element('e1', 2.6, null, 0.5, true), element('e2', 2.2, 2)] }),
  ],
};
