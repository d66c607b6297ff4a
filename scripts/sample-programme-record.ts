// The programme record of the fictional Kota Contoh, in two periods, for the demo and the docs.
import type { ProgrammeRecord } from '../src/index.js';

const base: ProgrammeRecord = {
  profile: { kind: 'kota', province: 'Provinsi Contoh', rpjmdStart: 2025, rpjmdEnd: 2029, rpjmdVision: 'Kota Contoh yang cerdas, inklusif, dan berkelanjutan' },
  membership: { cohortYear: 2023, mouNumber: 'MoU/SC/2023/071', mouDate: '2023-06-14' },
  masterplan: { title: 'Masterplan Smart City Kota Contoh 2024–2033', startYear: 2024, endYear: 2033, perkadaNumber: 'Peraturan Wali Kota Contoh Nomor 12 Tahun 2024', perkadaDate: '2024-03-18', url: 'https://jdih.9971.example.go.id/perwali-12-2024' },
  council: {
    decreeNumber: 'Keputusan Wali Kota Nomor 100.3.3.2/45/2024', decreeDate: '2024-02-05', chair: 'Wali Kota Contoh',
    members: [
      { name: 'Sekretaris Daerah', role: 'Wakil ketua', group: 'government' },
      { name: 'Rektor Universitas Contoh', group: 'academia' },
      { name: 'Ketua Kadin Kota Contoh', group: 'business' },
      { name: 'Forum Komunitas Digital Contoh', group: 'community' },
      { name: 'Pemimpin Redaksi Contoh Pos', group: 'media' },
    ],
  },
  team: {
    decreeNumber: 'Keputusan Wali Kota Nomor 100.3.3.2/46/2024', decreeDate: '2024-02-05', chair: 'Kepala Dinas Komunikasi dan Informatika',
    members: [{ name: 'Kepala Bappeda', role: 'Sekretaris', group: 'government' }, { name: 'Dosen Teknik Informatika Universitas Contoh', group: 'academia' }],
  },
  commitments: [
    { signatory: 'Wali Kota Contoh', office: 'Wali Kota', date: '2023-06-14', document: 'Pernyataan komitmen kepala daerah' },
    { signatory: 'Kepala Dinas Komunikasi dan Informatika', office: 'Diskominfo', date: '2024-02-20', document: 'Pakta integritas pelaksanaan masterplan' },
  ],
};

export const kotaContohRecord2025: ProgrammeRecord = {
  ...base,
  quickWins: [
    { name: 'Aplikasi layanan warga terpadu', elementId: 'governance', ownerOpd: 'Diskominfo', launchDate: '2024-08-17', status: 'ongoing' },
    { name: 'Kampung UMKM Digital', elementId: 'economy', ownerOpd: 'Dinas Koperasi dan UKM', status: 'planned' },
  ],
  programmes: [
    { name: 'Satu Data Kota Contoh', elementId: 'governance', horizon: 'short', ownerOpd: 'Diskominfo', startYear: 2025, endYear: 2026, budget: 850000000, fundingSources: ['apbd'], status: 'ongoing', realisation: 40 },
    { name: 'Sistem peringatan dini banjir', elementId: 'environment', horizon: 'medium', ownerOpd: 'BPBD', startYear: 2025, endYear: 2028, budget: 2400000000, fundingSources: ['apbd', 'apbn'], status: 'planned' },
  ],
};

export const kotaContohRecord2026: ProgrammeRecord = {
  ...base,
  quickWins: [
    { name: 'Aplikasi layanan warga terpadu', elementId: 'governance', ownerOpd: 'Diskominfo', launchDate: '2024-08-17', status: 'completed', evidence: 'https://jdih.9971.example.go.id/aplikasi-warga', impact: '38.000 pengguna terdaftar; 1.200 aduan ditindaklanjuti' },
    { name: 'Kampung UMKM Digital', elementId: 'economy', ownerOpd: 'Dinas Koperasi dan UKM', launchDate: '2025-05-02', status: 'ongoing', impact: '140 UMKM berjualan daring' },
    { name: 'Taman baca digital', elementId: 'society', ownerOpd: 'Dinas Perpustakaan dan Kearsipan', status: 'planned' },
  ],
  programmes: [
    { name: 'Satu Data Kota Contoh', elementId: 'governance', horizon: 'short', ownerOpd: 'Diskominfo', startYear: 2025, endYear: 2026, budget: 850000000, fundingSources: ['apbd'], status: 'completed', realisation: 100 },
    { name: 'Integrasi layanan perizinan dengan MPP', elementId: 'governance', horizon: 'medium', ownerOpd: 'DPMPTSP', startYear: 2026, endYear: 2028, budget: 1200000000, fundingSources: ['apbd'], status: 'ongoing', realisation: 25 },
    { name: 'Sistem peringatan dini banjir', elementId: 'environment', horizon: 'medium', ownerOpd: 'BPBD', startYear: 2025, endYear: 2028, budget: 2400000000, fundingSources: ['apbd', 'apbn'], status: 'ongoing', realisation: 30 },
    { name: 'Penerangan jalan umum cerdas', elementId: 'living', horizon: 'long', ownerOpd: 'Dinas Perhubungan', startYear: 2027, endYear: 2031, budget: 9500000000, fundingSources: ['kpbu'], status: 'planned' },
  ],
};
