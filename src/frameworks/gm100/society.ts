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
          levels: [
            ['Interaksi hanya melalui tatap muka atau surat.', 'Interaction happens only in person or by letter.'],
            ['Akun media sosial resmi OPD ada, tetapi jarang menanggapi warga.', 'Agencies have official social-media accounts but rarely answer citizens.'],
            ['Ada pedoman komunikasi publik dan kanal resmi yang dikelola dengan waktu tanggap yang ditetapkan.', 'Public-communication guidelines and official channels are run with set response times.'],
            ['Kanal warga (aplikasi, media sosial, forum RT/RW) terhubung dengan sistem pengaduan dan layanan.', 'Citizen channels (apps, social media, neighbourhood forums) connect to complaint and service systems.'],
            ['Komunitas ikut mengelola kanal dan menghasilkan solusi bersama; keterlibatan diukur dan dievaluasi.', 'Communities help run the channels and produce solutions together; engagement is measured and reviewed.'],
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
          levels: [
            ['Belum ada program literasi digital daerah.', 'There is no regional digital-literacy programme.'],
            ['Pelatihan literasi digital diadakan sesekali.', 'Digital-literacy training happens occasionally.'],
            ['Ada program tahunan (keamanan digital, anti-hoaks, keterampilan digital) dengan sasaran yang ditetapkan.', 'An annual programme (digital safety, anti-hoax, digital skills) has defined targets.'],
            ['Program dijalankan bersama relawan, kampus, komunitas, dan media, menjangkau desa dan kelompok rentan; capaian diukur.', 'The programme runs with volunteers, campuses, communities and media, reaches villages and vulnerable groups, and is measured.'],
            ['Indeks literasi digital daerah naik dan program diperbarui dari hasil pengukuran.', 'The regional digital-literacy index rises and the programme is renewed from measurements.'],
          ],
          principles: ['collaboration', 'sustainability'],
          effort: 'low',
          owner: 'Diskominfo',
        }),
        indicator('society.community.access', {
          question: [
            'Seberapa luas akses internet publik tersedia di ruang publik, desa, dan fasilitas layanan?',
            'How widely is public internet access available in public spaces, villages and service facilities?',
          ],
          levels: [
            ['Akses internet publik belum tersedia.', 'No public internet access is available.'],
            ['Wi-Fi publik tersedia di beberapa kantor dan taman.', 'Public Wi-Fi exists in a few offices and parks.'],
            ['Ada rencana titik akses publik dengan standar layanan dan anggaran pemeliharaan.', 'A plan for public access points has service standards and a maintenance budget.'],
            ['Titik akses menjangkau sebagian besar desa/kelurahan, dikelola terpusat, dan pemakaiannya dipantau.', 'Access points cover most villages and wards, are managed centrally and their use is monitored.'],
            ['Akses merata hingga wilayah blank spot melalui kerja sama operator dan BAKTI, dievaluasi rutin.', 'Access reaches former blank spots through operators and BAKTI, and is reviewed routinely.'],
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
            ['Ada kebijakan daerah tentang pembelajaran digital, PPDB daring, dan pelatihan guru.', 'A regional policy covers digital learning, online admissions and teacher training.'],
            ['Data Dapodik, PPDB, dan hasil belajar terhubung dalam dasbor pendidikan daerah.', 'School records (Dapodik), admissions and learning results are joined in a regional education dashboard.'],
            ['Hasil belajar dianalisis untuk intervensi per sekolah dan program dievaluasi berkala.', 'Learning results are analysed for school-level interventions and programmes are reviewed regularly.'],
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
            ['Ada perpustakaan digital dan program literasi berbasis inklusi sosial yang ditetapkan.', 'A digital library and a defined social-inclusion literacy programme exist.'],
            ['Layanan terhubung dengan perpustakaan sekolah/desa dan platform nasional; pemakaian diukur.', 'Services link to school and village libraries and national platforms; use is measured.'],
            ['Perpustakaan menjadi pusat kegiatan komunitas dan program dievaluasi dari dampaknya bagi warga.', 'The library is a community hub and programmes are evaluated by their impact on residents.'],
          ],
          principles: ['collaboration', 'integration'],
          effort: 'low',
          owner: 'Dinas Perpustakaan dan Kearsipan',
        }),
        indicator('society.learning.skills', {
          question: [
            'Apakah ada pelatihan keterampilan dan talenta digital bagi pemuda dan angkatan kerja?',
            'Is there skills and digital-talent training for young people and the workforce?',
          ],
          levels: [
            ['Belum ada pelatihan keterampilan digital.', 'There is no digital-skills training.'],
            ['Pelatihan dilakukan sesekali oleh OPD atau mitra.', 'Agencies or partners hold occasional training.'],
            ['Ada program pelatihan tahunan dengan kurikulum dan sasaran peserta yang ditetapkan.', 'An annual programme has a defined curriculum and participant targets.'],
            ['Pelatihan dijalankan bersama kampus, industri, dan program nasional (DTS); keterserapan kerja lulusan diukur.', 'Training runs with campuses, industry and national programmes (Digital Talent Scholarship); graduate employment is measured.'],
            ['Program disusun dari kebutuhan industri dan menghasilkan talenta yang terserap berkelanjutan.', 'The programme follows industry needs and produces talent that keeps finding work.'],
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
            ['Layanan 112 beroperasi 24 jam dengan SOP dan kesepakatan dengan pemadam, PSC 119, polisi, dan BPBD.', 'The 112 service runs around the clock with procedures and agreements with fire, PSC 119, police and disaster agencies.'],
            ['Panggilan dan penanganan tercatat dalam satu sistem yang terhubung ke command center; waktu tanggap diukur.', 'Calls and responses are logged in one system linked to the command centre; response times are measured.'],
            ['Data kejadian dianalisis untuk pencegahan dan penempatan sumber daya; kinerja dievaluasi publik.', 'Incident data is analysed for prevention and resource placement; performance is reviewed publicly.'],
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
            ['Pemantauan mendukung pencegahan dan dievaluasi dari data kejadian, dengan perlindungan privasi yang diaudit.', 'Monitoring supports prevention and is evaluated from incident data, with audited privacy protection.'],
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
            ['Peta rawan bencana tersedia di BPBD.', 'Hazard maps exist at the disaster agency.'],
            ['Kajian risiko bencana ditetapkan; peringatan dini disebarkan melalui kanal resmi sesuai SOP.', 'A disaster-risk assessment is adopted; early warnings go out through official channels by procedure.'],
            ['Sensor dan data BMKG terhubung dengan sistem peringatan dan command center; Desa Tangguh Bencana dibina.', 'Sensors and BMKG data feed the warning system and command centre; disaster-resilient villages are coached.'],
            ['Latihan rutin bersama masyarakat dan evaluasi pasca-kejadian terus memperbaiki sistem.', 'Regular drills with residents and after-action reviews keep improving the system.'],
          ],
          principles: ['integration', 'collaboration', 'sustainability'],
          effort: 'medium',
          owner: 'BPBD',
        }),
      ],
    },
  ],
};
