import type { Lang } from '../../src/internal.js';

/** The words of the region's portal setting (`<smart-city-portal-settings>`), in id and en. */
export const portalMessages = {
  id: {
    intro: 'Portal daerah dapat menampilkan kartu skor yang telah diterbitkan. Hanya alamat portal yang disebut di sini yang diizinkan membaca laporan terbitan daerah ini.',
    label: 'Alamat portal daerah',
    hint: 'Contoh: https://smartcity.kota.go.id. Kosongkan untuk mencabut izin.',
    save: 'Simpan alamat portal',
    saved: (origin: string) => `Tersimpan. ${origin} dapat menampilkan kartu skor terbitan daerah ini.`,
    cleared: 'Tersimpan. Tidak ada portal yang diizinkan.',
    notAnAddress: 'Alamat ini tidak dapat dibaca. Tulis alamat web yang diawali https://, misalnya https://smartcity.kota.go.id.',
    failed: 'Alamat portal tidak tersimpan.',
    snippetIntro: 'Tempelkan dua baris berikut pada halaman portal untuk menampilkan kartu skor terbitan terakhir:',
    snippetLabel: 'Kode untuk portal daerah',
  },
  en: {
    intro: "The region's portal can show the published scorecard. Only the portal address named here may read this region's published reports.",
    label: "The region's portal address",
    hint: 'For example https://smartcity.kota.go.id. Leave it empty to withdraw the permission.',
    save: 'Save the portal address',
    saved: (origin: string) => `Saved. ${origin} may show this region's published scorecard.`,
    cleared: 'Saved. No portal is allowed.',
    notAnAddress: 'This address cannot be read. Write a web address starting with https://, for example https://smartcity.kota.go.id.',
    failed: 'The portal address was not saved.',
    snippetIntro: 'Paste these two lines into a portal page to show the latest published scorecard:',
    snippetLabel: "Code for the region's portal",
  },
} satisfies Record<Lang, unknown>;
