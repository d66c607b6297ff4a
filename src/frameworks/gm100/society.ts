import type { Element } from '../../schema/framework.js';
import { indicator, text } from './build.js';

export const society: Element = {
  id: 'society',
  name: text(['Smart Society', 'Smart Society']),
  description: text([
    'Masyarakat yang terhubung dan berdaya: interaksi warga, ekosistem belajar, dan keamanan masyarakat.',
    'A connected, capable society: community interaction, learning and public safety.',
  ]),
  subElements: [
    {
      id: 'society.community',
      name: text(['Interaksi Masyarakat yang Efisien', 'Community']),
      indicators: [
        indicator('society.community.eparticipation', {
          question: [
            'Bagaimana warga berinteraksi dengan pemerintah dan sesamanya melalui kanal digital resmi?',
            'How do citizens interact with the government and each other through official digital channels?',
          ],
          guidance: [
            'Indikator ini menilai informasi dan interaksi warga. Pengaduan dinilai pada governance.service.complaint; pelibatan dalam penyusunan kebijakan pada governance.policy.participation.',
            'This indicator scores public information and citizen interaction. Complaints are scored in governance.service.complaint; involvement in policy-making in governance.policy.participation.',
          ],
          levels: [
            ['Interaksi hanya melalui tatap muka atau surat.', 'Interaction happens only in person or by letter.'],
            ['Akun media sosial resmi OPD ada, tetapi jarang menanggapi warga.', 'Agencies have official social-media accounts but rarely answer citizens.'],
            ['Ada pedoman komunikasi publik dan kanal resmi yang dikelola dengan waktu tanggap yang ditetapkan.', 'Public-communication guidelines and official channels are run with set response times.'],
            ['Kanal resmi dan forum warga (RT/RW, komunitas) tersedia dalam satu aplikasi atau portal warga yang memuat informasi publik dan kegiatan warga; keterlibatan diukur.', 'Official channels and residents\' forums (neighbourhood units, communities) are available in one citizen app or portal with public information and community activities; engagement is measured.'],
            ['Komunitas ikut mengelola kanal dan menjalankan kegiatan bersama; jumlah kegiatan dan keterlibatan warga naik terukur.', 'Communities help run the channels and hold joint activities; the number of activities and residents taking part rises measurably.'],
          ],
          actions: [
            ['Membuka akun media sosial resmi OPD dan menunjuk pengelolanya.', 'Open official agency social-media accounts and appoint their managers.'],
            ['Menetapkan pedoman komunikasi publik dengan waktu tanggap untuk setiap kanal resmi.', 'Adopt public-communication guidelines with response times for every official channel.'],
            ['Menyatukan kanal resmi dan forum warga dalam satu aplikasi atau portal warga dan mengukur keterlibatan.', 'Bring official channels and residents\' forums together in one citizen app or portal and measure engagement.'],
            ['Melibatkan komunitas sebagai pengelola kanal dan penyelenggara kegiatan bersama, serta mengevaluasi keterlibatan setiap tahun.', 'Involve communities as channel managers and organisers of joint activities, and evaluate engagement every year.'],
          ],
          principles: ['collaboration', 'integration'],
          effort: 'low',
          owner: 'Diskominfo',
        }),
        indicator('society.community.literacy', {
          question: [
            'Sejauh mana program literasi digital menjangkau warga, termasuk kelompok rentan?',
            'How far do digital-literacy programmes reach citizens, including vulnerable groups?',
          ],
          guidance: [
            'Indeks Literasi Digital nasional (Kominfo–Katadata) diterbitkan per provinsi; kabupaten/kota memerlukan survei sendiri untuk mengukur tingkat literasi warganya.',
            'The national Digital Literacy Index (Kominfo–Katadata) is published per province; a regency or city needs its own survey to measure its residents\' literacy.',
          ],
          levels: [
            ['Belum ada program literasi digital daerah.', 'There is no regional digital-literacy programme.'],
            ['Pelatihan literasi digital diadakan sesekali.', 'Digital-literacy training happens occasionally.'],
            ['Ada program tahunan (keamanan digital, antihoaks, keterampilan digital) dengan sasaran yang ditetapkan.', 'An annual programme (digital safety, anti-hoax, digital skills) has defined targets.'],
            ['Program dijalankan bersama relawan, kampus, komunitas, dan media, menjangkau desa dan kelompok rentan; capaian diukur.', 'The programme runs with volunteers, campuses, communities and media, reaches villages and vulnerable groups, and is measured.'],
            ['Tingkat literasi digital warga naik berdasarkan survei daerah yang diulang dengan metode yang sama, dan program diperbarui berdasarkan hasilnya.', 'Residents\' digital literacy rises according to a regional survey repeated with the same method, and the programme is renewed on the basis of the results.'],
          ],
          actions: [
            ['Menyelenggarakan pelatihan literasi digital bersama Relawan TIK dan komunitas.', 'Hold digital-literacy training with ICT volunteers (Relawan TIK) and communities.'],
            ['Menyusun program literasi digital tahunan (keamanan digital, antihoaks, keterampilan digital) dengan sasaran yang ditetapkan.', 'Set up an annual digital-literacy programme (digital safety, anti-hoax, digital skills) with defined targets.'],
            ['Menjalankan program bersama relawan, kampus, komunitas, dan media hingga ke desa dan kelompok rentan, serta mengukur capaiannya.', 'Run the programme with volunteers, campuses, communities and media down to villages and vulnerable groups, and measure its reach.'],
            ['Menyelenggarakan survei literasi digital daerah secara berkala dengan metode tetap dan memperbarui program berdasarkan hasilnya.', 'Run a regional digital-literacy survey at regular intervals with a fixed method and renew the programme on the basis of the results.'],
          ],
          principles: ['collaboration', 'sustainability'],
          effort: 'low',
          owner: 'Diskominfo',
        }),
        indicator('society.community.access', {
          question: [
            'Seberapa luas akses internet publik (Wi-Fi publik) tersedia di ruang publik, desa, dan fasilitas layanan?',
            'How widely is public internet access (public Wi-Fi) available in public spaces, villages and service facilities?',
          ],
          levels: [
            ['Akses internet publik belum tersedia.', 'No public internet access is available.'],
            ['Wi-Fi publik tersedia di beberapa kantor dan taman.', 'Public Wi-Fi exists in a few offices and parks.'],
            ['Ada rencana titik akses publik dengan standar layanan dan anggaran pemeliharaan.', 'A plan for public access points has service standards and a maintenance budget.'],
            ['Titik akses menjangkau sebagian besar desa/kelurahan, dikelola terpusat, dan pemakaiannya dipantau.', 'Access points cover most villages and wards, are managed centrally and their use is monitored.'],
            ['Seluruh desa/kelurahan yang semula tanpa sinyal (blank spot) terlayani melalui kerja sama dengan operator dan BAKTI, dan cakupan dievaluasi setiap tahun.', 'Every village and ward that had no signal (blank spot) is served through partnerships with operators and BAKTI, and coverage is reviewed every year.'],
          ],
          actions: [
            ['Memasang Wi-Fi publik di kantor pelayanan dan taman yang ramai.', 'Install public Wi-Fi in busy service offices and parks.'],
            ['Menyusun rencana titik akses publik dengan standar layanan dan anggaran pemeliharaan.', 'Draw up a plan for public access points with service standards and a maintenance budget.'],
            ['Memperluas titik akses ke sebagian besar desa/kelurahan dengan pengelolaan dan pemantauan terpusat.', 'Extend access points to most villages and wards with central management and monitoring.'],
            ['Memetakan wilayah tanpa sinyal dan mengusulkannya kepada operator dan BAKTI hingga seluruhnya terlayani.', 'Map the areas without signal and put them to operators and BAKTI until all are served.'],
          ],
          principles: ['collaboration', 'sustainability'],
          effort: 'medium',
          owner: 'Diskominfo',
        }),
      ],
    },
    {
      id: 'society.learning',
      name: text(['Ekosistem Belajar yang Efisien', 'Learning']),
      indicators: [
        indicator('society.learning.schools', {
          question: [
            'Bagaimana sekolah di bawah kewenangan daerah memakai sistem informasi dan pembelajaran digital?',
            'How do schools under the region\'s authority use information systems and digital learning?',
          ],
          levels: [
            ['Sekolah belum memakai pembelajaran digital.', 'Schools do not use digital learning.'],
            ['Sebagian sekolah memakai platform belajar secara mandiri.', 'Some schools use learning platforms on their own.'],
            ['Ada kebijakan daerah tentang pembelajaran digital, penerimaan murid baru (SPMB) daring, dan pelatihan guru.', 'A regional policy covers digital learning, online pupil admissions (SPMB) and teacher training.'],
            ['Data Dapodik, SPMB, dan hasil belajar terhubung dalam dasbor pendidikan daerah.', 'School records (Dapodik), admissions and learning results are joined in a regional education dashboard.'],
            ['Hasil belajar dianalisis untuk intervensi per sekolah dan program dievaluasi berkala.', 'Learning results are analysed for school-level interventions and programmes are reviewed regularly.'],
          ],
          actions: [
            ['Mendampingi sekolah perintis memakai platform belajar nasional.', 'Help pilot schools use the national learning platforms.'],
            ['Menetapkan kebijakan daerah tentang pembelajaran digital, SPMB daring, dan pelatihan guru.', 'Adopt a regional policy on digital learning, online admissions (SPMB) and teacher training.'],
            ['Memadukan data Dapodik, SPMB, dan hasil belajar dalam dasbor pendidikan daerah.', 'Join Dapodik, admissions and learning-result data in a regional education dashboard.'],
            ['Menganalisis hasil belajar per sekolah untuk menentukan intervensi dan mengevaluasi program setiap tahun.', 'Analyse learning results per school to decide interventions and evaluate the programmes every year.'],
          ],
          principles: ['integration'],
          effort: 'medium',
          owner: 'Dinas Pendidikan',
        }),
        indicator('society.learning.library', {
          question: [
            'Sejauh mana perpustakaan daerah menyediakan layanan digital dan menjadi ruang belajar warga?',
            'How far does the regional library offer digital services and serve as a learning space for citizens?',
          ],
          levels: [
            ['Perpustakaan hanya melayani peminjaman buku cetak.', 'The library only lends printed books.'],
            ['Katalog perpustakaan sudah terkomputerisasi.', 'The library catalogue is computerised.'],
            ['Ada perpustakaan digital dan program transformasi perpustakaan berbasis inklusi sosial yang ditetapkan.', 'A digital library and a defined social-inclusion library programme exist.'],
            ['Layanan terhubung dengan perpustakaan sekolah/desa dan platform nasional; pemakaian diukur.', 'Services link to school and village libraries and national platforms; use is measured.'],
            ['Kegiatan komunitas di perpustakaan dan jumlah pemustaka naik terukur, dan program dievaluasi berdasarkan dampaknya bagi warga.', 'Community activities at the library and the number of users rise measurably, and programmes are evaluated by their impact on residents.'],
          ],
          actions: [
            ['Mengomputerisasi katalog perpustakaan.', 'Computerise the library catalogue.'],
            ['Membuka perpustakaan digital dan menetapkan program transformasi perpustakaan berbasis inklusi sosial.', 'Open a digital library and adopt a social-inclusion library programme.'],
            ['Menghubungkan layanan dengan perpustakaan sekolah/desa dan platform nasional serta mengukur pemakaiannya.', 'Link services with school and village libraries and national platforms and measure their use.'],
            ['Menyelenggarakan kegiatan komunitas secara rutin di perpustakaan dan mengevaluasi dampaknya bagi warga.', 'Hold community activities at the library routinely and evaluate their impact on residents.'],
          ],
          principles: ['collaboration', 'integration'],
          effort: 'low',
          owner: 'Dinas Perpustakaan dan Kearsipan',
        }),
        indicator('society.learning.skills', {
          question: [
            'Apakah ada pelatihan keterampilan, vokasi, dan talenta digital bagi pemuda dan angkatan kerja?',
            'Is there skills, vocational and digital-talent training for young people and the workforce?',
          ],
          guidance: [
            'Pelatihan dinilai hanya di indikator ini; informasi pasar kerja dan penempatan pada economy.welfare.jobs, SDM TIK pemerintah daerah pada structure.people.',
            'Training is scored only in this indicator; labour-market information and placement in economy.welfare.jobs, the regional government\'s own ICT staff in structure.people.',
          ],
          levels: [
            ['Belum ada pelatihan keterampilan digital.', 'There is no digital-skills training.'],
            ['Pelatihan dilakukan sesekali oleh OPD atau mitra.', 'Agencies or partners hold occasional training.'],
            ['Ada program pelatihan tahunan (termasuk BLK) dengan kurikulum dan sasaran peserta yang ditetapkan.', 'An annual programme (vocational training centres included) has a defined curriculum and participant targets.'],
            ['Pelatihan dijalankan bersama kampus, industri, dan program nasional (DTS); keterserapan kerja lulusan diukur.', 'Training runs with campuses, industry and national programmes (Digital Talent Scholarship); graduate employment is measured.'],
            ['Kurikulum disusun berdasarkan peta kebutuhan tenaga kerja, dan porsi lulusan yang bekerja dalam enam bulan naik terukur.', 'The curriculum follows the map of labour needs, and the share of graduates employed within six months rises measurably.'],
          ],
          actions: [
            ['Menyelenggarakan pelatihan keterampilan digital bersama mitra.', 'Hold digital-skills training with partners.'],
            ['Menyusun program pelatihan tahunan, termasuk di BLK, dengan kurikulum dan sasaran peserta yang ditetapkan.', 'Set up an annual training programme, vocational training centres included, with a defined curriculum and participant targets.'],
            ['Menjalankan pelatihan bersama kampus, industri, dan program nasional (DTS) serta menelusuri keterserapan kerja lulusan.', 'Run the training with campuses, industry and national programmes (Digital Talent Scholarship) and trace graduate employment.'],
            ['Menyusun kurikulum berdasarkan peta kebutuhan tenaga kerja dan menetapkan target lulusan yang bekerja dalam enam bulan.', 'Base the curriculum on the map of labour needs and set a target for graduates employed within six months.'],
          ],
          principles: ['collaboration', 'sustainability'],
          effort: 'low',
          owner: 'Dinas Tenaga Kerja',
        }),
      ],
    },
    {
      id: 'society.security',
      name: text(['Sistem Keamanan Masyarakat', 'Security']),
      indicators: [
        indicator('society.security.112', {
          question: [
            'Apakah layanan panggilan darurat 112 berjalan dan terhubung dengan instansi penanganan?',
            'Does the 112 emergency call service run and connect to the responding agencies?',
          ],
          levels: [
            ['Nomor darurat berbeda-beda per instansi; belum ada 112.', 'Each agency has its own emergency number; there is no 112.'],
            ['Layanan 112 diluncurkan dengan jam operasi terbatas.', 'A 112 service has launched with limited hours.'],
            ['Layanan 112 beroperasi 24 jam dengan SOP dan kesepakatan dengan pemadam kebakaran, PSC 119, kepolisian, dan BPBD.', 'The 112 service runs around the clock with procedures and agreements with the fire service, PSC 119, police and the disaster agency.'],
            ['Panggilan dan penanganan oleh seluruh instansi tercatat dalam satu sistem penugasan (dispatch); waktu tanggap diukur.', 'Calls and every agency\'s response are logged in one dispatch system; response times are measured.'],
            ['Data kejadian dianalisis untuk pencegahan dan penempatan sumber daya; kinerja dievaluasi secara terbuka.', 'Incident data is analysed for prevention and resource placement; performance is reviewed publicly.'],
          ],
          actions: [
            ['Meluncurkan layanan 112 dengan operator terlatih.', 'Launch the 112 service with trained call-takers.'],
            ['Mengoperasikan 112 selama 24 jam dengan SOP dan kesepakatan penanganan dengan pemadam kebakaran, PSC 119, kepolisian, dan BPBD.', 'Run 112 around the clock with procedures and response agreements with the fire service, PSC 119, police and the disaster agency.'],
            ['Mencatat panggilan dan penanganan seluruh instansi dalam satu sistem penugasan dan mengukur waktu tanggap.', 'Log calls and every agency\'s response in one dispatch system and measure response times.'],
            ['Menganalisis data kejadian untuk pencegahan dan penempatan sumber daya serta menerbitkan laporan kinerja berkala.', 'Analyse incident data for prevention and resource placement and publish regular performance reports.'],
          ],
          principles: ['integration', 'collaboration'],
          effort: 'medium',
          owner: 'Diskominfo',
        }),
        indicator('society.security.cctv', {
          question: [
            'Sejauh mana jaringan CCTV dan sistem pemantauan keamanan publik dikelola bersama aparat keamanan?',
            'How far are CCTV networks and public-safety monitoring run together with the police?',
          ],
          levels: [
            ['CCTV hanya ada di beberapa kantor pemerintah.', 'CCTV exists only at a few government offices.'],
            ['CCTV dipasang di titik rawan, dikelola masing-masing pemilik.', 'CCTV covers hot spots, each run by its owner.'],
            ['Ada rencana penempatan CCTV, pusat pemantauan, dan aturan privasi serta retensi rekaman.', 'A CCTV placement plan, a monitoring centre and rules on privacy and footage retention are in place.'],
            ['CCTV pemerintah, kepolisian, dan swasta terhubung ke satu pusat pemantauan dengan protokol bersama.', 'Government, police and private CCTV connect to one monitoring centre under a shared protocol.'],
            ['Pemantauan mendukung pencegahan dan dievaluasi berdasarkan data kejadian, dengan perlindungan privasi yang diaudit.', 'Monitoring supports prevention and is evaluated on the basis of incident data, with audited privacy protection.'],
          ],
          actions: [
            ['Memasang CCTV di titik rawan berdasarkan pemetaan bersama kepolisian.', 'Install CCTV at hot spots mapped together with the police.'],
            ['Menetapkan rencana penempatan CCTV, pusat pemantauan, dan aturan privasi serta retensi rekaman.', 'Adopt a CCTV placement plan, a monitoring centre and rules on privacy and footage retention.'],
            ['Menghubungkan CCTV pemerintah, kepolisian, dan swasta ke satu pusat pemantauan dengan protokol bersama.', 'Connect government, police and private CCTV to one monitoring centre under a shared protocol.'],
            ['Mengevaluasi pemantauan berdasarkan data kejadian dan mengaudit perlindungan privasi setiap tahun.', 'Evaluate monitoring on the basis of incident data and audit privacy protection every year.'],
          ],
          principles: ['integration', 'collaboration'],
          effort: 'high',
          owner: 'Satpol PP',
        }),
        indicator('society.security.disaster', {
          question: [
            'Bagaimana informasi risiko bencana dan peringatan dini disampaikan kepada masyarakat?',
            'How are disaster-risk information and early warnings delivered to the public?',
          ],
          levels: [
            ['Informasi bencana disampaikan setelah kejadian.', 'Disaster information comes only after the event.'],
            ['Peta rawan bencana tersedia di BPBD.', 'Hazard maps exist at the regional disaster agency (BPBD).'],
            ['Kajian risiko bencana ditetapkan; peringatan dini disebarkan melalui kanal resmi sesuai SOP.', 'A disaster-risk assessment is adopted; early warnings go out through official channels by procedure.'],
            ['Sensor daerah dan data BMKG terhubung dengan sistem peringatan dini yang menjangkau warga; Desa/Kelurahan Tangguh Bencana dibina.', 'Regional sensors and BMKG data feed an early-warning system that reaches residents; disaster-resilient villages and wards are coached.'],
            ['Latihan rutin bersama masyarakat dan evaluasi pascakejadian terus memperbaiki sistem.', 'Regular drills with residents and post-event reviews keep improving the system.'],
          ],
          actions: [
            ['Menyusun dan menyebarluaskan peta rawan bencana.', 'Draw up and publish hazard maps.'],
            ['Menetapkan kajian risiko bencana dan SOP penyebaran peringatan dini melalui kanal resmi.', 'Adopt a disaster-risk assessment and a procedure for sending early warnings through official channels.'],
            ['Menghubungkan sensor daerah dan data BMKG dengan sistem peringatan dini yang menjangkau warga serta membina Desa/Kelurahan Tangguh Bencana.', 'Connect regional sensors and BMKG data to an early-warning system that reaches residents and coach disaster-resilient villages and wards.'],
            ['Menyelenggarakan latihan rutin bersama masyarakat dan evaluasi pascakejadian untuk memperbaiki sistem.', 'Hold regular drills with residents and post-event reviews to improve the system.'],
          ],
          principles: ['integration', 'collaboration', 'sustainability'],
          effort: 'medium',
          owner: 'BPBD',
        }),
      ],
    },
  ],
};
