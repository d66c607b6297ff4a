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
            ['Merek dievaluasi berdasarkan data kunjungan dan survei persepsi, lalu diperbarui bersama pemangku kepentingan.', 'The brand is evaluated on the basis of visitor data and perception surveys and renewed with stakeholders.'],
          ],
          actions: [
            ['Merumuskan logo dan slogan destinasi bersama pelaku wisata.', 'Design a destination logo and slogan with the tourism trade.'],
            ['Menetapkan merek daerah dengan keputusan kepala daerah dan menerbitkan panduan penggunaannya.', 'Adopt the regional brand by decree and publish its usage guidelines.'],
            ['Menyusun kalender acara terpadu yang memakai merek bersama OPD, pelaku usaha, dan komunitas, serta mengukur jangkauannya.', 'Draw up a joint events calendar that uses the brand with agencies, businesses and communities, and measure its reach.'],
            ['Melakukan survei persepsi merek berkala dan memperbarui merek bersama pemangku kepentingan berdasarkan hasilnya.', 'Run regular brand-perception surveys and renew the brand with stakeholders on the basis of the results.'],
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
            ['Informasi wisata hanya tersedia dalam brosur atau unggahan media sosial yang tidak rutin.', 'Tourism information exists only in brochures or occasional social-media posts.'],
            ['Ada situs atau akun resmi pariwisata yang diperbarui secara berkala.', 'An official tourism website or account is updated periodically.'],
            ['Portal pariwisata memuat destinasi, atraksi, akomodasi, dan kalender acara dengan standar konten yang ditetapkan.', 'A tourism portal lists destinations, attractions, lodging and events to a defined content standard.'],
            ['Portal terhubung dengan pemesanan tiket, pelaku usaha lokal, dan pembayaran digital; kunjungan dan konversi dipantau.', 'The portal links to ticketing, local businesses and digital payment; visits and conversions are tracked.'],
            ['Konten dan layanan disesuaikan berdasarkan data perilaku wisatawan dan dikelola bersama asosiasi pariwisata.', 'Content and services are tuned on the basis of visitor behaviour data and run with tourism associations.'],
          ],
          actions: [
            ['Membuat situs atau akun resmi pariwisata dengan jadwal pemutakhiran yang tetap.', 'Set up an official tourism website or account with a fixed update schedule.'],
            ['Membangun portal pariwisata dengan standar konten untuk destinasi, atraksi, akomodasi, dan kalender acara.', 'Build a tourism portal with a content standard for destinations, attractions, lodging and events.'],
            ['Menghubungkan portal dengan pemesanan tiket, pelaku usaha lokal, dan pembayaran digital, serta memantau kunjungan dan konversi.', 'Link the portal to ticketing, local businesses and digital payment, and track visits and conversions.'],
            ['Menganalisis data perilaku wisatawan dan mengelola konten bersama asosiasi pariwisata berdasarkan hasilnya.', 'Analyse visitor behaviour data and run the content with tourism associations on the basis of the results.'],
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
          actions: [
            ['Memulai pencatatan pengunjung di destinasi utama.', 'Start recording visitors at the main destinations.'],
            ['Menetapkan format baku dan jadwal penghimpunan data kunjungan, okupansi hotel, dan belanja wisatawan.', 'Set a standard format and schedule for gathering visits, hotel occupancy and visitor spending.'],
            ['Memadukan data tiket elektronik, hotel, dan operator dalam satu dasbor pariwisata.', 'Join e-ticket, hotel and operator data in one tourism dashboard.'],
            ['Menetapkan batas daya dukung destinasi dan merancang paket wisata berdasarkan data dasbor.', 'Set carrying-capacity limits for destinations and design tourism packages on the basis of the dashboard data.'],
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
            ['Portal investasi menautkan informasi perizinan berusaha (OSS) serta data lahan dan tata ruang; minat investor dilacak.', 'The investment portal links business-licensing information (OSS) and land and spatial data; investor interest is tracked.'],
            ['Promosi dirancang berdasarkan data realisasi investasi dan dijalankan bersama kamar dagang dan asosiasi usaha.', 'Promotion is planned on the basis of realised-investment data and run with the chamber of commerce and business associations.'],
          ],
          actions: [
            ['Menyusun dan menerbitkan profil investasi daerah.', 'Compile and publish the region\'s investment profile.'],
            ['Menyusun peta potensi investasi dan daftar proyek siap tawar yang dimutakhirkan setiap tahun.', 'Draw up an investment map and a list of ready-to-offer projects, updated every year.'],
            ['Membangun portal investasi yang menautkan informasi perizinan berusaha (OSS) dan data lahan serta tata ruang, dan melacak minat investor.', 'Build an investment portal that links business-licensing information (OSS) and land and spatial data, and track investor interest.'],
            ['Merancang promosi investasi berdasarkan data realisasi bersama kamar dagang dan asosiasi usaha.', 'Plan investment promotion on the basis of realisation data with the chamber of commerce and business associations.'],
          ],
          principles: ['integration', 'collaboration'],
          effort: 'medium',
          owner: 'DPMPTSP',
        }),
        indicator('branding.business.products', {
          question: [
            'Sejauh mana produk unggulan daerah dibina mereknya dan dipromosikan dengan identitas daerah?',
            'How far are the region\'s flagship products given a brand and promoted under the regional identity?',
          ],
          guidance: [
            'Indikator ini menilai merek dan promosi produk unggulan. Pendampingan digital UMKM dinilai pada economy.industry.msmedigital; e-katalog lokal pada economy.industry.localprocurement.',
            'This indicator scores the branding and promotion of flagship products. Digital coaching of MSMEs is scored in economy.industry.msmedigital; the local e-catalogue in economy.industry.localprocurement.',
          ],
          levels: [
            ['Produk unggulan belum diidentifikasi.', 'Flagship products have not been identified.'],
            ['Produk unggulan sudah didata dan sebagian dipamerkan dalam acara daerah.', 'Flagship products are listed and some are shown at regional events.'],
            ['Ada program merek, kemasan, dan sertifikasi (halal, PIRT, HKI) produk unggulan beserta katalog produk daerah.', 'A programme covers branding, packaging and certification (halal, home-industry licence, IP) of flagship products, with a regional product catalogue.'],
            ['Produk unggulan dipromosikan dengan merek daerah bersama mitra swasta (ritel modern, hotel, bandara, pameran nasional); penjualannya dipantau.', 'Flagship products are promoted under the regional brand with private partners (modern retail, hotels, airports, national fairs); their sales are tracked.'],
            ['Penjualan dan jumlah produk bersertifikat naik terukur dari tahun ke tahun; program dievaluasi dan diperluas berdasarkan data penjualan.', 'Sales and the number of certified products rise measurably year on year; the programme is evaluated and expanded on the basis of sales data.'],
          ],
          actions: [
            ['Menetapkan daftar produk unggulan daerah dan menampilkannya dalam acara daerah.', 'Define the list of the region\'s flagship products and show them at regional events.'],
            ['Menjalankan program merek, kemasan, dan sertifikasi (halal, PIRT, HKI) serta menerbitkan katalog produk daerah.', 'Run a branding, packaging and certification programme (halal, home-industry licence, IP) and publish a regional product catalogue.'],
            ['Menjalin kerja sama promosi produk unggulan dengan ritel modern, hotel, bandara, dan pameran nasional, serta memantau penjualannya.', 'Set up promotion partnerships for flagship products with modern retail, hotels, airports and national fairs, and track their sales.'],
            ['Mengevaluasi program setiap tahun berdasarkan data penjualan dan sertifikasi, lalu memperluasnya ke produk berikutnya.', 'Evaluate the programme every year on the basis of sales and certification data, then extend it to the next products.'],
          ],
          principles: ['collaboration', 'sustainability'],
          effort: 'low',
          owner: 'Dinas Koperasi dan UMKM',
        }),
        indicator('branding.business.incubation', {
          question: [
            'Apakah ada ekosistem inkubasi bisnis, ekonomi kreatif, dan perusahaan rintisan yang dibangun bersama mitra?',
            'Is there an ecosystem for business incubation, the creative economy and startups, built with partners?',
          ],
          levels: [
            ['Belum ada dukungan khusus bagi wirausaha baru atau pelaku ekonomi kreatif.', 'There is no dedicated support for new entrepreneurs or creative businesses.'],
            ['Ada pelatihan wirausaha sesekali tanpa pendampingan lanjutan.', 'Occasional entrepreneurship training runs without follow-up coaching.'],
            ['Ada ruang kreatif atau inkubator dengan program pendampingan tahunan yang ditetapkan.', 'A creative hub or incubator runs a defined annual coaching programme.'],
            ['Inkubator dikelola bersama perguruan tinggi, swasta, dan komunitas; kelulusan dan keberlanjutan usaha diukur.', 'The incubator is run with universities, business and communities; graduation and survival rates are measured.'],
            ['Sebagian besar biaya operasional inkubator ditanggung mitra, dan usaha lulusan yang bertahan tiga tahun meningkat terukur.', 'Partners bear most of the incubator\'s running costs, and the number of graduate businesses surviving three years rises measurably.'],
          ],
          actions: [
            ['Menyelenggarakan pelatihan wirausaha bagi wirausaha baru dan pelaku ekonomi kreatif.', 'Hold entrepreneurship training for new entrepreneurs and creative businesses.'],
            ['Membuka ruang kreatif atau inkubator dengan program pendampingan tahunan yang ditetapkan.', 'Open a creative hub or incubator with a defined annual coaching programme.'],
            ['Mengelola inkubator bersama perguruan tinggi, swasta, dan komunitas serta mengukur kelulusan dan keberlanjutan usaha.', 'Run the incubator with universities, business and communities and measure graduation and survival rates.'],
            ['Menyusun skema pembiayaan bersama mitra untuk operasional inkubator dan memantau usaha lulusan selama tiga tahun.', 'Set up a joint funding scheme with partners for the incubator\'s running costs and follow graduate businesses for three years.'],
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
          guidance: [
            'Wi-Fi publik dinilai pada society.community.access.',
            'Public Wi-Fi is scored in society.community.access.',
          ],
          levels: [
            ['Ruang publik terbatas dan kurang terawat.', 'Public spaces are few and poorly kept.'],
            ['Beberapa taman atau ruang publik direvitalisasi secara terpisah.', 'Some parks or public spaces have been revitalised one by one.'],
            ['Ada rencana penataan ruang publik dengan standar desain, aksesibilitas, dan pemeliharaan.', 'A public-space plan sets design, accessibility and maintenance standards.'],
            ['Ruang publik memiliki papan informasi dan jadwal kegiatan yang dikelola bersama komunitas; pemakaiannya diukur.', 'Public spaces have information boards and activity schedules run with communities; their use is measured.'],
            ['Penataan ruang publik dievaluasi berdasarkan kepuasan dan pemakaian warga, dan anggaran pemeliharaannya tersedia setiap tahun.', 'Public spaces are evaluated by citizen satisfaction and use, and their maintenance is funded every year.'],
          ],
          actions: [
            ['Merevitalisasi taman atau ruang publik yang paling banyak dipakai warga.', 'Revitalise the parks or public spaces residents use most.'],
            ['Menyusun rencana penataan ruang publik dengan standar desain, aksesibilitas, dan pemeliharaan.', 'Draw up a public-space plan with design, accessibility and maintenance standards.'],
            ['Menyusun jadwal kegiatan ruang publik bersama komunitas dan mengukur pemakaiannya.', 'Draw up activity schedules for public spaces with communities and measure their use.'],
            ['Melakukan survei kepuasan warga setiap tahun dan mengalokasikan anggaran pemeliharaan berdasarkan hasilnya.', 'Survey citizen satisfaction every year and allocate the maintenance budget on the basis of the results.'],
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
            ['Penanda dilengkapi kode QR atau informasi digital yang terhubung ke portal wisata dan data cagar budaya.', 'Signs carry QR codes or digital information linked to the tourism portal and heritage records.'],
            ['Identitas visual dan cagar budaya dikelola bersama komunitas dan terus diperkaya berdasarkan masukan pengunjung.', 'Visual identity and heritage are managed with communities and enriched on the basis of visitor feedback.'],
          ],
          actions: [
            ['Memasang penanda arah dan papan informasi di kawasan utama dan situs cagar budaya.', 'Put up wayfinding signs and information boards in the main districts and at heritage sites.'],
            ['Menetapkan pedoman identitas visual kota dan inventaris cagar budaya.', 'Adopt city visual-identity guidelines and a heritage inventory.'],
            ['Melengkapi penanda dengan kode QR yang menautkan portal wisata dan data cagar budaya.', 'Add QR codes to signs that link to the tourism portal and heritage records.'],
            ['Membentuk kemitraan pengelolaan cagar budaya dengan komunitas dan menghimpun masukan pengunjung.', 'Form heritage-management partnerships with communities and collect visitor feedback.'],
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
          guidance: [
            'Jaringan CCTV dinilai pada society.security.cctv.',
            'The CCTV network is scored in society.security.cctv.',
          ],
          levels: [
            ['Penertiban dilakukan sesekali saat ada keluhan.', 'Enforcement happens only when complaints arise.'],
            ['Ada jadwal penertiban dan kebersihan di kawasan utama.', 'Cleaning and enforcement follow a schedule in main districts.'],
            ['Ada zona dan aturan PKL yang ditetapkan, dengan pembinaan dan SOP penegakan.', 'Vendor zones and rules are set, with coaching and enforcement procedures.'],
            ['Laporan warga, hasil patroli, dan pendataan PKL tercatat dalam satu sistem bersama Satpol PP dan DLH.', 'Citizen reports, patrol findings and the vendor register are recorded in one system shared by the enforcement and environment offices.'],
            ['Penataan berjalan bersama asosiasi PKL dan warga, dengan evaluasi rutin atas dampak ekonomi dan kebersihan.', 'Arrangements are run with vendor associations and residents and evaluated regularly for economic and cleanliness effects.'],
          ],
          actions: [
            ['Menyusun jadwal penertiban dan kebersihan di kawasan utama.', 'Draw up cleaning and enforcement schedules for the main districts.'],
            ['Menetapkan zona dan aturan PKL dengan program pembinaan dan SOP penegakan.', 'Set vendor zones and rules with a coaching programme and enforcement procedures.'],
            ['Mencatat laporan warga, hasil patroli, dan pendataan PKL dalam satu sistem bersama Satpol PP dan DLH.', 'Record citizen reports, patrol findings and the vendor register in one system shared by the enforcement and environment offices.'],
            ['Membentuk forum penataan bersama asosiasi PKL dan warga serta mengevaluasi dampak ekonomi dan kebersihan setiap tahun.', 'Form a joint forum with vendor associations and residents and evaluate the economic and cleanliness effects every year.'],
          ],
          principles: ['integration', 'collaboration'],
          effort: 'low',
          owner: 'Satpol PP',
        }),
      ],
    },
  ],
};
