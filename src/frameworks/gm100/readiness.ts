import type { ReadinessAspect } from '../../schema/framework.js';
import { indicator, text } from './build.js';

/** Kesiapan daerah: the three readiness aspects the masterplan guidebook focuses on. */
export const readiness: ReadinessAspect[] = [
  {
    id: 'structure',
    name: text(['Struktur', 'Structure']),
    description: text([
      'Sumber daya manusia, anggaran, dan sumber daya tata kelola yang menjalankan smart city.',
      'The people, budget and governance resources that carry the smart city out.',
    ]),
    indicators: [
      indicator('structure.people', {
        question: [
          'Apakah daerah memiliki SDM TIK dan talenta digital yang cukup untuk menjalankan program smart city?',
          'Does the region have enough ICT staff and digital talent to run its smart city programmes?',
        ],
        levels: [
          ['Hanya sedikit pegawai berlatar TIK, terpusat di Diskominfo.', 'Only a few staff have an ICT background, all in Diskominfo.'],
          ['Kebutuhan SDM TIK sudah diidentifikasi; pelatihan dilakukan sesekali.', 'ICT staffing needs are identified; training happens occasionally.'],
          ['Ada rencana pengembangan kompetensi digital ASN dengan formasi jabatan fungsional TIK (pranata komputer, statistisi).', 'A digital-competence plan for civil servants includes ICT functional positions (computer and statistics officers).'],
          ['Setiap OPD memiliki penanggung jawab TIK terlatih; kompetensi diukur dan dipetakan.', 'Every agency has a trained ICT officer; competences are measured and mapped.'],
          ['Manajemen talenta digital berjalan berkelanjutan, termasuk kemitraan dengan kampus dan industri.', 'Digital-talent management runs continuously, including partnerships with campuses and industry.'],
        ],
        principles: ['sustainability', 'collaboration'],
        effort: 'medium',
        owner: 'BKPSDM',
      }),
      indicator('structure.budget', {
        question: [
          'Bagaimana anggaran program smart city direncanakan dan dijamin keberlanjutannya?',
          'How is the budget for smart city programmes planned and its continuity secured?',
        ],
        levels: [
          ['Tidak ada alokasi anggaran khusus; kegiatan bergantung pada sisa anggaran OPD.', 'There is no dedicated budget; activities rely on agencies\' leftover funds.'],
          ['Anggaran tersedia untuk beberapa kegiatan, diputuskan tahun per tahun.', 'Funds cover a few activities, decided year by year.'],
          ['Program smart city masuk dokumen perencanaan (Renstra/RKPD) dengan pagu indikatif multi-tahun.', 'Smart city programmes are in planning documents (Renstra/RKPD) with multi-year indicative ceilings.'],
          ['Belanja TIK dikoordinasikan lintas OPD untuk mencegah duplikasi dan didukung pendanaan non-APBD (KPBU, CSR).', 'ICT spending is coordinated across agencies to avoid duplication and is supported by non-budget funding (PPP, CSR).'],
          ['Anggaran dialokasikan dari hasil evaluasi manfaat program dan biaya operasional terjamin jangka panjang.', 'Budgets follow evaluations of programme benefits and running costs are secured long term.'],
        ],
        principles: ['sustainability', 'integration'],
        evidenceFrom: 2,
        effort: 'medium',
        owner: 'Bappeda',
      }),
      indicator('structure.partnership', {
        question: [
          'Seberapa kuat kemitraan pentaheliks (akademisi, dunia usaha, komunitas, media) dalam menjalankan smart city?',
          'How strong are pentahelix partnerships (academia, business, communities, media) in carrying out the smart city?',
        ],
        levels: [
          ['Program dijalankan oleh pemerintah sendiri.', 'Government runs the programmes alone.'],
          ['Mitra dilibatkan sesekali sebagai narasumber atau peserta.', 'Partners join now and then as speakers or participants.'],
          ['Ada nota kesepahaman atau perjanjian kerja sama dengan mitra pentaheliks untuk program tertentu.', 'Memoranda or cooperation agreements with pentahelix partners cover specific programmes.'],
          ['Mitra duduk dalam Dewan Smart City dan ikut merencanakan serta memantau program; kontribusinya tercatat.', 'Partners sit on the Smart City Council and help plan and monitor programmes; their contributions are recorded.'],
          ['Kemitraan menghasilkan inovasi dan pendanaan bersama yang berkelanjutan dan dievaluasi bersama.', 'Partnerships produce sustained joint innovation and funding, evaluated together.'],
        ],
        principles: ['collaboration'],
        effort: 'low',
        owner: 'Bappeda',
      }),
    ],
  },
  {
    id: 'infrastructure',
    name: text(['Infrastruktur', 'Infrastructure']),
    description: text([
      'Infrastruktur fisik, digital (jaringan, pusat data, aplikasi), dan sosial untuk kepentingan publik.',
      'Physical, digital (networks, data centre, applications) and social infrastructure for public use.',
    ]),
    indicators: [
      indicator('infrastructure.network', {
        question: [
          'Seberapa andal jaringan intra pemerintah yang menghubungkan kantor OPD, kecamatan, dan fasilitas layanan?',
          'How reliable is the government intranet connecting agency offices, districts and service facilities?',
        ],
        levels: [
          ['Setiap kantor berlangganan internet sendiri tanpa jaringan bersama.', 'Each office buys its own internet with no shared network.'],
          ['Jaringan menghubungkan kantor-kantor di pusat pemerintahan.', 'A network links the offices in the government centre.'],
          ['Jaringan intra pemerintah (fiber/radio) ditetapkan dengan standar layanan dan menjangkau kecamatan.', 'A government intranet (fibre or radio) runs to service standards and reaches the districts.'],
          ['Jaringan dikelola terpusat dengan pemantauan ketersediaan dan keamanan; menjangkau fasilitas layanan utama.', 'The network is managed centrally with availability and security monitoring, reaching the main service facilities.'],
          ['Ketersediaan jaringan tinggi dan kapasitas direncanakan dari data pemakaian.', 'Network availability is high and capacity is planned from usage data.'],
        ],
        principles: ['integration', 'sustainability'],
        effort: 'high',
        owner: 'Diskominfo',
      }),
      indicator('infrastructure.datacenter', {
        question: [
          'Bagaimana aplikasi dan data daerah ditempatkan, dipadukan, dan diamankan (pusat data, interoperabilitas, CSIRT)?',
          'How are the region\'s applications and data hosted, integrated and secured (data centre, interoperability, CSIRT)?',
        ],
        levels: [
          ['Aplikasi tersebar di server OPD atau hosting pribadi.', 'Applications sit on agency servers or private hosting.'],
          ['Sebagian aplikasi dipindahkan ke server Diskominfo.', 'Some applications have moved to Diskominfo servers.'],
          ['Ada pusat data daerah atau pemanfaatan PDN dengan kebijakan keamanan informasi dan tim CSIRT yang ditetapkan.', 'A regional data centre or the national data centre is used, with an information-security policy and an appointed CSIRT.'],
          ['Aplikasi bertukar data melalui layanan interoperabilitas (API gateway/SPLP); insiden keamanan dipantau.', 'Applications exchange data through an interoperability layer (API gateway, SPLP); security incidents are monitored.'],
          ['Keamanan diaudit berkala, rencana pemulihan bencana diuji, dan portofolio aplikasi dirasionalisasi.', 'Security is audited regularly, disaster recovery is tested and the application portfolio is rationalised.'],
        ],
        principles: ['integration', 'sustainability'],
        effort: 'high',
        owner: 'Diskominfo',
      }),
      indicator('infrastructure.social', {
        question: [
          'Apakah tersedia infrastruktur sosial dan titik layanan digital yang mudah dijangkau warga (pojok layanan di kelurahan/desa, ruang kreatif)?',
          'Are there social infrastructure and digital service points within easy reach of citizens (service corners in wards and villages, creative spaces)?',
        ],
        levels: [
          ['Layanan digital hanya bisa diakses dari kantor pusat pemerintahan.', 'Digital services can only be reached at the government centre.'],
          ['Beberapa kelurahan/desa memiliki perangkat untuk membantu warga.', 'A few wards and villages have equipment to help residents.'],
          ['Ada standar titik layanan digital di kecamatan dan kelurahan/desa dengan petugas pendamping.', 'A standard for digital service points in districts, wards and villages includes assisting staff.'],
          ['Titik layanan terhubung dengan portal layanan daerah dan pemakaiannya dipantau.', 'Service points connect to the regional service portal and their use is monitored.'],
          ['Titik layanan menjadi ruang belajar dan berkarya warga, dikelola bersama komunitas.', 'Service points become places where residents learn and create, run with communities.'],
        ],
        principles: ['collaboration', 'integration'],
        effort: 'medium',
        owner: 'Diskominfo',
      }),
    ],
  },
  {
    id: 'superstructure',
    name: text(['Suprastruktur', 'Superstructure']),
    description: text([
      'Kebijakan dan regulasi daerah, kelembagaan, dan prosedur yang menopang smart city.',
      'Regional policies and regulations, institutions and procedures that underpin the smart city.',
    ]),
    indicators: [
      indicator('superstructure.regulation', {
        question: [
          'Apakah masterplan smart city ditetapkan dengan regulasi dan diselaraskan dengan RPJMD?',
          'Is the smart city masterplan set by regulation and aligned with the five-year plan (RPJMD)?',
        ],
        levels: [
          ['Belum ada dokumen masterplan smart city.', 'There is no smart city masterplan.'],
          ['Masterplan disusun melalui bimtek, tetapi belum ditetapkan.', 'A masterplan was drafted through the technical guidance rounds but not adopted.'],
          ['Masterplan ditetapkan dengan Perkada/Perda dan program prioritasnya masuk RPJMD dan Renstra OPD.', 'The masterplan is adopted by regional regulation and its priority programmes are in the RPJMD and agency plans.'],
          ['Regulasi pendukung (SPBE, Satu Data, keamanan informasi) selaras dan dipakai dalam perencanaan tahunan.', 'Supporting regulations (e-government, One Data, information security) are aligned and used in annual planning.'],
          ['Masterplan ditinjau ulang berkala dari hasil evaluasi dan perubahan kebutuhan daerah.', 'The masterplan is reviewed regularly from evaluations and changing needs.'],
        ],
        principles: ['sustainability', 'integration'],
        evidenceFrom: 2,
        effort: 'medium',
        owner: 'Bagian Hukum',
      }),
      indicator('superstructure.institution', {
        question: [
          'Apakah Dewan Smart City dan Tim Pelaksana dibentuk dan benar-benar bekerja?',
          'Have the Smart City Council and the Implementation Team been formed, and do they actually work?',
        ],
        levels: [
          ['Belum ada kelembagaan smart city.', 'There is no smart city institution.'],
          ['Dewan dan Tim Pelaksana dibentuk dengan SK, tetapi jarang bertemu.', 'The council and team are formed by decree but rarely meet.'],
          ['Dewan dan Tim Pelaksana (satu anggota per OPD) memiliki tugas, jadwal rapat, dan rencana kerja yang ditetapkan.', 'The council and team (one member per agency) have defined duties, meeting schedules and work plans.'],
          ['Tim Pelaksana mengoordinasikan program lintas OPD dan melaporkan kemajuan kepada kepala daerah secara berkala.', 'The team coordinates programmes across agencies and reports progress to the regional head regularly.'],
          ['Kelembagaan berjalan mandiri lintas periode kepemimpinan dan melibatkan mitra pentaheliks secara aktif.', 'The institutions run on their own across leadership terms and actively involve pentahelix partners.'],
        ],
        principles: ['collaboration', 'sustainability'],
        evidenceFrom: 2,
        effort: 'low',
        owner: 'Bappeda',
      }),
      indicator('superstructure.evaluation', {
        question: [
          'Bagaimana prosedur pemantauan dan evaluasi program smart city dijalankan?',
          'How are smart city programmes monitored and evaluated?',
        ],
        levels: [
          ['Program tidak dipantau setelah diluncurkan.', 'Programmes are not monitored after launch.'],
          ['Laporan kegiatan disusun per OPD tanpa indikator bersama.', 'Each agency writes activity reports without shared indicators.'],
          ['Ada SOP monitoring dan evaluasi dengan indikator kinerja program smart city.', 'A monitoring and evaluation procedure uses smart city programme indicators.'],
          ['Evaluasi mandiri dilakukan tiap tahun dengan bukti dukung dan hasilnya dibahas Dewan Smart City.', 'A self-assessment with evidence is done every year and discussed by the Smart City Council.'],
          ['Hasil evaluasi dipakai untuk menyesuaikan program dan anggaran, dan dipublikasikan kepada masyarakat.', 'Evaluation results adjust programmes and budgets and are published to the public.'],
        ],
        principles: ['sustainability', 'integration'],
        evidenceFrom: 2,
        effort: 'low',
        owner: 'Bappeda',
      }),
    ],
  },
];
