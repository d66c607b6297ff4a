import type { Element } from '../../schema/framework.js';
import { indicator, text } from './build.js';

export const branding: Element = {
  id: 'branding',
  name: text(['Smart Branding', 'Smart Branding']),
  description: text([
    'Membangun citra dan daya saing daerah: ekosistem pariwisata, ekosistem bisnis, dan wajah kota.',
    'Building the region\'s identity and competitiveness: tourism, business ecosystem and city appearance.',
  ]),
  subElements: [
    {
      id: 'branding.tourism',
      name: text(['Branding Ekosistem Pariwisata', 'Tourism Branding']),
      indicators: [
        indicator('branding.tourism.identity', {
          question: [
            'Apakah daerah memiliki identitas merek (city branding) destinasi yang ditetapkan dan dipakai bersama?',
            'Does the region have an agreed destination brand (city branding) that everyone uses?',
          ],
          levels: [
            ['Belum ada merek daerah; promosi wisata dilakukan sendiri-sendiri.', 'There is no regional brand; tourism is promoted piecemeal.'],
            ['Logo atau slogan wisata sudah ada, tetapi belum dipakai secara konsisten.', 'A tourism logo or slogan exists but is not used consistently.'],
            ['Merek daerah ditetapkan dengan keputusan kepala daerah beserta panduan penggunaannya bagi OPD dan pelaku wisata.', 'The regional brand is set by decree with usage guidelines for agencies and tourism businesses.'],
            ['Merek dipakai bersama oleh OPD, pelaku usaha, dan komunitas dalam kalender acara terpadu; jangkauannya diukur.', 'Agencies, businesses and communities use the brand in a shared events calendar; its reach is measured.'],
            ['Merek dievaluasi dari data kunjungan dan persepsi, lalu diperbarui bersama pemangku kepentingan.', 'The brand is evaluated from visitor and perception data and renewed with stakeholders.'],
          ],
          principles: ['collaboration', 'sustainability'],
          effort: 'low',
          owner: 'Dinas Pariwisata',
        }),
        indicator('branding.tourism.digital', {
          question: [
            'Bagaimana informasi dan promosi destinasi wisata disediakan secara digital?',
            'How are destination information and promotion provided digitally?',
          ],
          levels: [
            ['Informasi wisata hanya dalam brosur atau unggahan media sosial yang tidak rutin.', 'Tourism information exists only in brochures or occasional social-media posts.'],
            ['Ada situs atau akun resmi pariwisata yang diperbarui secara berkala.', 'An official tourism website or account is updated periodically.'],
            ['Portal pariwisata memuat destinasi, atraksi, akomodasi, dan kalender acara dengan standar konten yang ditetapkan.', 'A tourism portal lists destinations, attractions, lodging and events to a defined content standard.'],
            ['Portal terhubung dengan pemesanan tiket, pelaku usaha lokal, dan pembayaran digital; pengunjung dan konversi dipantau.', 'The portal links to ticketing, local businesses and digital payment; visits and conversions are tracked.'],
            ['Konten dan layanan disesuaikan dari data perilaku wisatawan dan dikelola bersama asosiasi pariwisata.', 'Content and services are tuned from visitor behaviour data and run with tourism associations.'],
          ],
          principles: ['integration', 'collaboration'],
          effort: 'medium',
          owner: 'Dinas Pariwisata',
        }),
        indicator('branding.tourism.data', {
          question: [
            'Sejauh mana data kunjungan wisata dihimpun dan dipakai untuk mengelola destinasi?',
            'How far is visitor data gathered and used to manage destinations?',
          ],
          levels: [
            ['Jumlah pengunjung diperkirakan tanpa pencatatan.', 'Visitor numbers are estimated without records.'],
            ['Sebagian destinasi mencatat pengunjung secara manual.', 'Some destinations record visitors by hand.'],
            ['Data kunjungan, okupansi hotel, dan belanja wisatawan dihimpun rutin dengan format baku.', 'Visits, hotel occupancy and visitor spending are gathered routinely in a standard format.'],
            ['Data dari tiket elektronik, hotel, dan operator dipadukan dalam satu dasbor pariwisata.', 'Data from e-tickets, hotels and operators is joined in one tourism dashboard.'],
            ['Data dipakai untuk mengatur daya dukung destinasi dan merancang paket wisata berkelanjutan.', 'The data is used to manage carrying capacity and design sustainable tourism packages.'],
          ],
          principles: ['integration', 'sustainability'],
          effort: 'medium',
          owner: 'Dinas Pariwisata',
        }),
      ],
    },
    {
      id: 'branding.business',
      name: text(['Branding Ekosistem Bisnis Daerah', 'Business Branding']),
      indicators: [
        indicator('branding.business.investment', {
          question: [
            'Bagaimana potensi dan peluang investasi daerah dipromosikan kepada calon investor?',
            'How are the region\'s investment potential and opportunities promoted to investors?',
          ],
          levels: [
            ['Informasi investasi belum tersedia secara terbuka.', 'Investment information is not openly available.'],
            ['Profil investasi tersedia dalam dokumen yang jarang diperbarui.', 'An investment profile exists in documents that are rarely updated.'],
            ['Ada peta potensi dan proyek investasi siap tawar (investment project ready to offer) yang diperbarui tiap tahun.', 'An investment map and ready-to-offer projects are updated every year.'],
            ['Portal investasi terhubung dengan perizinan (OSS) dan data lahan/tata ruang; minat investor dilacak.', 'The investment portal links to licensing (OSS) and land and spatial data; investor interest is tracked.'],
            ['Promosi dirancang dari data realisasi investasi dan dijalankan bersama kamar dagang dan asosiasi usaha.', 'Promotion is planned from realised-investment data and run with the chamber of commerce and business associations.'],
          ],
          principles: ['integration', 'collaboration'],
          effort: 'medium',
          owner: 'DPMPTSP',
        }),
        indicator('branding.business.products', {
          question: [
            'Sejauh mana produk unggulan daerah dan UMKM dibina mereknya dan dipasarkan secara digital?',
            'How far are the region\'s flagship products and MSMEs supported with branding and digital marketing?',
          ],
          levels: [
            ['Produk unggulan belum diidentifikasi.', 'Flagship products have not been identified.'],
            ['Produk unggulan sudah didata dan sebagian UMKM mengikuti pameran.', 'Flagship products are listed and some MSMEs join exhibitions.'],
            ['Ada program pembinaan merek, kemasan, sertifikasi (halal, PIRT, HKI) dan katalog produk daerah.', 'A programme supports branding, packaging, certification (halal, home-industry licence, IP) and a regional product catalogue.'],
            ['Produk daerah masuk e-katalog lokal dan lokapasar dengan dukungan mitra swasta; penjualan dipantau.', 'Regional products are on the local e-catalogue and marketplaces with private partners; sales are tracked.'],
            ['Produk daerah dikenal luas dan menembus pasar ekspor; program dievaluasi dan diperluas dari data penjualan.', 'Regional products are widely known and reach export markets; the programme is evaluated and expanded from sales data.'],
          ],
          principles: ['collaboration', 'sustainability'],
          effort: 'low',
          owner: 'Dinas Koperasi dan UMKM',
        }),
        indicator('branding.business.incubation', {
          question: [
            'Apakah ada ekosistem inkubasi bisnis, ekonomi kreatif, dan startup yang dibangun bersama mitra?',
            'Is there an ecosystem for business incubation, the creative economy and startups, built with partners?',
          ],
          levels: [
            ['Belum ada dukungan khusus bagi wirausaha baru atau pelaku ekonomi kreatif.', 'There is no dedicated support for new entrepreneurs or creative businesses.'],
            ['Ada pelatihan wirausaha sesekali tanpa pendampingan lanjutan.', 'Occasional entrepreneurship training runs without follow-up coaching.'],
            ['Ada ruang kreatif atau inkubator dengan program pendampingan tahunan yang ditetapkan.', 'A creative hub or incubator runs a defined annual coaching programme.'],
            ['Inkubator dikelola bersama perguruan tinggi, swasta, dan komunitas; kelulusan dan keberlanjutan usaha diukur.', 'The incubator is run with universities, business and communities; graduation and survival rates are measured.'],
            ['Ekosistem mandiri secara pendanaan dan menghasilkan usaha yang tumbuh berkelanjutan.', 'The ecosystem funds itself and produces businesses that keep growing.'],
          ],
          principles: ['collaboration'],
          effort: 'medium',
          owner: 'Dinas Koperasi dan UMKM',
        }),
      ],
    },
    {
      id: 'branding.appearance',
      name: text(['Penataan Wajah Kota', 'City Appearance Branding']),
      indicators: [
        indicator('branding.appearance.publicspace', {
          question: [
            'Bagaimana ruang publik (taman, alun-alun, jalur pejalan kaki) ditata sebagai wajah daerah?',
            'How are public spaces (parks, squares, walkways) shaped as the face of the region?',
          ],
          levels: [
            ['Ruang publik terbatas dan kurang terawat.', 'Public spaces are few and poorly kept.'],
            ['Beberapa taman atau ruang publik direvitalisasi secara terpisah.', 'Some parks or public spaces have been revitalised one by one.'],
            ['Ada rencana penataan ruang publik dengan standar desain, aksesibilitas, dan pemeliharaan.', 'A public-space plan sets design, accessibility and maintenance standards.'],
            ['Ruang publik dilengkapi Wi-Fi, informasi digital, dan dikelola bersama komunitas; pemakaiannya diukur.', 'Public spaces offer Wi-Fi and digital information and are run with communities; their use is measured.'],
            ['Penataan ruang publik dievaluasi dari kepuasan dan pemakaian warga, dan dibiayai berkelanjutan.', 'Public spaces are evaluated by citizen satisfaction and use, with sustained funding.'],
          ],
          principles: ['collaboration', 'sustainability'],
          effort: 'high',
          owner: 'Dinas PUPR',
        }),
        indicator('branding.appearance.heritage', {
          question: [
            'Sejauh mana identitas visual, penanda arah, dan cagar budaya kota dikelola dan diinformasikan?',
            'How far are the city\'s visual identity, wayfinding and heritage sites managed and presented?',
          ],
          levels: [
            ['Penanda arah dan informasi cagar budaya minim atau tidak seragam.', 'Wayfinding and heritage information is scarce or inconsistent.'],
            ['Sebagian kawasan memiliki penanda dan papan informasi.', 'Some districts have signs and information boards.'],
            ['Ada pedoman identitas visual kota dan inventaris cagar budaya yang ditetapkan.', 'City visual-identity guidelines and a heritage inventory have been adopted.'],
            ['Penanda dilengkapi kode QR/informasi digital yang terhubung ke portal wisata dan data cagar budaya.', 'Signs carry QR codes or digital information linked to the tourism portal and heritage records.'],
            ['Identitas visual dan cagar budaya dikelola bersama komunitas dan terus diperkaya dari masukan pengunjung.', 'Visual identity and heritage are managed with communities and enriched from visitor feedback.'],
          ],
          principles: ['integration', 'collaboration'],
          effort: 'low',
          owner: 'Dinas Kebudayaan',
        }),
        indicator('branding.appearance.order', {
          question: [
            'Bagaimana kebersihan, ketertiban, dan penataan pedagang kaki lima (PKL) dikelola?',
            'How are cleanliness, public order and the arrangement of street vendors managed?',
          ],
          levels: [
            ['Penertiban dilakukan sesekali saat ada keluhan.', 'Enforcement happens only when complaints arise.'],
            ['Ada jadwal penertiban dan kebersihan di kawasan utama.', 'Cleaning and enforcement follow a schedule in main districts.'],
            ['Ada zona dan aturan PKL yang ditetapkan, dengan pembinaan dan SOP penegakan.', 'Vendor zones and rules are set, with coaching and enforcement procedures.'],
            ['Pelanggaran dan kebersihan dipantau dengan laporan warga dan CCTV yang terhubung ke Satpol PP dan DLH.', 'Violations and cleanliness are monitored through citizen reports and CCTV linked to the enforcement and environment offices.'],
            ['Penataan berjalan bersama asosiasi PKL dan warga, dengan evaluasi rutin atas dampak ekonomi dan kebersihan.', 'Arrangements are run with vendor associations and residents and evaluated for economic and cleanliness effects.'],
          ],
          principles: ['integration', 'collaboration'],
          effort: 'low',
          owner: 'Satpol PP',
        }),
      ],
    },
  ],
};
