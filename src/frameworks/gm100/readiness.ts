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
        guidance: [
          'Indikator ini menilai SDM TIK pemerintah daerah. Sistem manajemen ASN dinilai pada governance.bureaucracy.hr.',
          'This indicator scores the regional government\'s ICT staff. Civil-servant management systems are scored in governance.bureaucracy.hr.',
        ],
        levels: [
          ['Hanya sedikit pegawai berlatar TIK, terpusat di Diskominfo.', 'Only a few staff have an ICT background, all in Diskominfo.'],
          ['Kebutuhan SDM TIK sudah diidentifikasi; pelatihan dilakukan sesekali.', 'ICT staffing needs are identified; training happens occasionally.'],
          ['Ada rencana pengembangan kompetensi digital ASN dengan formasi jabatan fungsional TIK (pranata komputer, statistisi).', 'A digital-competence plan for civil servants includes ICT functional positions (computer and statistics officers).'],
          ['Setiap OPD memiliki penanggung jawab TIK terlatih; kompetensi diukur dan dipetakan.', 'Every agency has a trained ICT officer; competences are measured and mapped.'],
          ['Rencana kompetensi digital diperbarui setiap tahun berdasarkan hasil pemetaan, dan formasi jabatan fungsional TIK terisi sesuai rencana.', 'The digital-competence plan is updated every year on the basis of the mapping, and the ICT functional positions are filled as planned.'],
        ],
        actions: [
          ['Mengidentifikasi kebutuhan SDM TIK setiap OPD.', 'Identify each agency\'s ICT staffing needs.'],
          ['Menyusun rencana pengembangan kompetensi digital ASN dan mengusulkan formasi jabatan fungsional TIK.', 'Draw up a digital-competence plan for civil servants and request ICT functional positions.'],
          ['Menunjuk dan melatih penanggung jawab TIK di setiap OPD serta memetakan kompetensinya.', 'Appoint and train an ICT officer in every agency and map their competences.'],
          ['Memperbarui rencana kompetensi setiap tahun berdasarkan hasil pemetaan dan mengisi formasi sesuai rencana.', 'Update the competence plan every year on the basis of the mapping and fill the positions as planned.'],
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
        guidance: [
          'Sumber dana (APBD, APBN/DAK, KPBU, CSR) tidak menentukan level: daerah yang membiayai program dari APBD dapat mencapai level 5. Masuknya program ke RPJMD dinilai pada superstructure.regulation.',
          'The source of funds (regional budget, national budget or special allocation, PPP, CSR) does not decide the level: a region that funds its programmes from its own budget can reach level 5. Whether programmes are in the RPJMD is scored in superstructure.regulation.',
        ],
        levels: [
          ['Tidak ada alokasi anggaran khusus; kegiatan bergantung pada sisa anggaran OPD.', 'There is no dedicated budget; activities rely on agencies\' leftover funds.'],
          ['Anggaran tersedia untuk beberapa kegiatan, diputuskan tahun per tahun.', 'Funds cover a few activities, decided year by year.'],
          ['Kegiatan smart city ditandai dalam RKPD dan APBD setiap OPD dengan pagu indikatif multitahun.', 'Smart city activities are tagged in each agency\'s annual plan (RKPD) and budget (APBD) with multi-year indicative ceilings.'],
          ['Belanja TIK dikoordinasikan lintas OPD untuk mencegah duplikasi, dan biaya operasional serta pemeliharaan setiap program dianggarkan.', 'ICT spending is coordinated across agencies to avoid duplication, and every programme\'s running and maintenance costs are budgeted.'],
          ['Anggaran dialokasikan berdasarkan hasil evaluasi manfaat program, dan program yang dinilai bermanfaat tetap didanai setelah pergantian periode RPJMD.', 'Budgets follow evaluations of programme benefits, and programmes judged beneficial stay funded after the RPJMD period changes.'],
        ],
        actions: [
          ['Mengalokasikan anggaran untuk kegiatan smart city prioritas.', 'Allocate funds for the priority smart city activities.'],
          ['Menandai kegiatan smart city dalam RKPD dan APBD setiap OPD dengan pagu indikatif multitahun.', 'Tag smart city activities in each agency\'s RKPD and APBD with multi-year indicative ceilings.'],
          ['Mengoordinasikan belanja TIK lintas OPD dan menganggarkan biaya operasional serta pemeliharaan setiap program dari sumber yang tersedia (APBD, APBN, KPBU, CSR).', 'Coordinate ICT spending across agencies and budget every programme\'s running and maintenance costs from the sources available (APBD, APBN, PPP, CSR).'],
          ['Mengevaluasi manfaat program setiap tahun dan menjadikan hasilnya dasar alokasi anggaran.', 'Evaluate programme benefits every year and base budget allocation on the results.'],
        ],
        principles: ['sustainability', 'integration'],
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
          ['Setiap tahun ada program yang dijalankan atau dibiayai bersama mitra, dan hasil kemitraan dievaluasi bersama.', 'Every year some programmes are run or funded jointly with partners, and the partnerships\' results are evaluated together.'],
        ],
        actions: [
          ['Mengundang akademisi, dunia usaha, komunitas, dan media dalam kegiatan smart city.', 'Invite academia, business, communities and media to smart city activities.'],
          ['Menandatangani nota kesepahaman atau perjanjian kerja sama dengan mitra pentaheliks untuk program tertentu.', 'Sign memoranda or cooperation agreements with pentahelix partners for specific programmes.'],
          ['Mendudukkan mitra dalam Dewan Smart City dan mencatat kontribusinya dalam perencanaan dan pemantauan program.', 'Seat partners on the Smart City Council and record their contributions to planning and monitoring.'],
          ['Menjalankan program bersama mitra setiap tahun dan mengevaluasi hasil kemitraan bersama.', 'Run joint programmes with partners every year and evaluate the partnerships\' results together.'],
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
          'Seberapa andal infrastruktur fisik dan jaringan yang menopang layanan smart city (jaringan intra pemerintah, jalur kabel dan ducting bersama, catu daya cadangan, ruang perangkat) hingga kecamatan dan fasilitas layanan?',
          'How reliable are the physical and network infrastructure that smart city services rest on (government intranet, shared cable ducts, backup power, equipment rooms) out to the districts and service facilities?',
        ],
        guidance: [
          'Infrastruktur fisik sektoral (jalan, air minum, sanitasi, transportasi) dinilai pada indikator elemennya.',
          'Sector physical infrastructure (roads, water, sanitation, transport) is scored in its element\'s indicators.',
        ],
        levels: [
          ['Setiap kantor berlangganan internet sendiri tanpa jaringan bersama; catu daya cadangan tidak tersedia.', 'Each office buys its own internet with no shared network; there is no backup power.'],
          ['Jaringan menghubungkan kantor-kantor di pusat pemerintahan.', 'A network links the offices in the government centre.'],
          ['Jaringan intra pemerintah (serat optik/radio) dengan standar layanan menjangkau kecamatan; ruang perangkat dan catu daya cadangan memenuhi standar.', 'A government intranet (fibre or radio) with service standards reaches the districts; equipment rooms and backup power meet standards.'],
          ['Jaringan dan sarana fisiknya dikelola terpusat dengan pemantauan ketersediaan dan keamanan, menjangkau fasilitas layanan utama; jalur kabel memakai ducting bersama.', 'The network and its physical facilities are managed centrally with availability and security monitoring, reach the main service facilities, and cables run in shared ducts.'],
          ['Ketersediaan jaringan memenuhi target tahunan dan kapasitas direncanakan berdasarkan data pemakaian.', 'Network availability meets the yearly target and capacity is planned on the basis of usage data.'],
        ],
        actions: [
          ['Menghubungkan kantor-kantor di pusat pemerintahan dengan satu jaringan bersama.', 'Link the offices in the government centre with one shared network.'],
          ['Memperluas jaringan intra pemerintah ke kecamatan dengan standar layanan serta menyiapkan ruang perangkat dan catu daya cadangan.', 'Extend the government intranet to the districts with service standards and provide equipment rooms and backup power.'],
          ['Mengelola jaringan secara terpusat dengan pemantauan ketersediaan dan keamanan, menjangkau fasilitas layanan utama, dan menata jalur kabel dalam ducting bersama.', 'Manage the network centrally with availability and security monitoring, reach the main service facilities and put cables into shared ducts.'],
          ['Menetapkan target ketersediaan dan merencanakan kapasitas setiap tahun berdasarkan data pemakaian.', 'Set an availability target and plan capacity every year on the basis of usage data.'],
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
          ['Aplikasi tersebar di server OPD atau layanan hosting pribadi.', 'Applications sit on agency servers or private hosting.'],
          ['Sebagian aplikasi dipindahkan ke server Diskominfo.', 'Some applications have moved to Diskominfo servers.'],
          ['Ada pusat data daerah atau pemanfaatan PDN dengan kebijakan keamanan informasi dan tim CSIRT yang ditetapkan.', 'A regional data centre or the national data centre (PDN) is used, with an information-security policy and an appointed CSIRT.'],
          ['Aplikasi bertukar data melalui layanan interoperabilitas (gerbang API/SPLP); insiden keamanan dipantau.', 'Applications exchange data through an interoperability layer (API gateway, SPLP); security incidents are monitored.'],
          ['Keamanan diaudit berkala, rencana pemulihan bencana diuji, dan portofolio aplikasi dirasionalisasi.', 'Security is audited regularly, disaster recovery is tested and the application portfolio is rationalised.'],
        ],
        actions: [
          ['Memindahkan aplikasi OPD ke server yang dikelola Diskominfo.', 'Move agency applications onto servers run by Diskominfo.'],
          ['Menempatkan aplikasi di pusat data daerah atau PDN, menetapkan kebijakan keamanan informasi, dan membentuk CSIRT.', 'Host applications in a regional data centre or the PDN, adopt an information-security policy and set up a CSIRT.'],
          ['Menghubungkan aplikasi melalui gerbang API/SPLP dan memantau insiden keamanan.', 'Connect applications through an API gateway or SPLP and monitor security incidents.'],
          ['Mengaudit keamanan secara berkala, menguji rencana pemulihan bencana, dan merasionalisasi portofolio aplikasi.', 'Audit security regularly, test the disaster-recovery plan and rationalise the application portfolio.'],
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
          ['Layanan digital hanya dapat diakses dari kantor pusat pemerintahan.', 'Digital services can only be reached at the government centre.'],
          ['Beberapa kelurahan/desa memiliki perangkat untuk membantu warga.', 'A few wards and villages have equipment to help residents.'],
          ['Ada standar titik layanan digital di kecamatan dan kelurahan/desa dengan petugas pendamping.', 'A standard for digital service points in districts, wards and villages includes assisting staff.'],
          ['Titik layanan terhubung dengan portal layanan daerah dan pemakaiannya dipantau.', 'Service points connect to the regional service portal and their use is monitored.'],
          ['Titik layanan juga dipakai untuk kegiatan belajar dan berkarya warga yang dijadwalkan bersama komunitas, dan pemakaiannya dievaluasi setiap tahun.', 'Service points also host learning and creative activities scheduled with communities, and their use is evaluated every year.'],
        ],
        actions: [
          ['Menyediakan perangkat pendamping layanan digital di kelurahan/desa perintis.', 'Provide equipment for assisted digital services in pilot wards and villages.'],
          ['Menetapkan standar titik layanan digital di kecamatan dan kelurahan/desa dengan petugas pendamping.', 'Adopt a standard for digital service points in districts, wards and villages with assisting staff.'],
          ['Menghubungkan titik layanan dengan portal layanan daerah dan memantau pemakaiannya.', 'Connect service points to the regional service portal and monitor their use.'],
          ['Menjadwalkan kegiatan belajar dan berkarya bersama komunitas di titik layanan dan mengevaluasi pemakaiannya setiap tahun.', 'Schedule learning and creative activities with communities at the service points and evaluate their use every year.'],
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
          ['Masterplan ditetapkan dengan Perkada atau Perda.', 'The masterplan is adopted by regional head regulation or regional regulation.'],
          ['Program prioritas masterplan masuk RPJMD dan Renstra OPD.', 'The masterplan\'s priority programmes are in the RPJMD and the agencies\' strategic plans.'],
          ['Masterplan ditinjau ulang secara berkala berdasarkan hasil evaluasi dan perubahan kebutuhan daerah.', 'The masterplan is reviewed regularly on the basis of evaluations and changing needs.'],
        ],
        actions: [
          ['Menyelesaikan dokumen masterplan melalui empat tahap bimtek.', 'Complete the masterplan document through the four technical guidance rounds.'],
          ['Menetapkan masterplan dengan Perkada atau Perda.', 'Adopt the masterplan by regional head regulation or regional regulation.'],
          ['Memasukkan program prioritas masterplan ke RPJMD dan Renstra OPD pada penyusunan atau perubahan RPJMD berikutnya.', 'Bring the masterplan\'s priority programmes into the RPJMD and the agencies\' strategic plans when the RPJMD is next drawn up or revised.'],
          ['Meninjau ulang masterplan secara berkala berdasarkan hasil evaluasi dan perubahan kebutuhan daerah.', 'Review the masterplan regularly on the basis of evaluations and changing needs.'],
        ],
        principles: ['sustainability', 'integration'],
        effort: 'medium',
        owner: 'Bagian Hukum',
      }),
      indicator('superstructure.institution', {
        question: [
          'Apakah Dewan Smart City dan Tim Pelaksana dibentuk dan benar-benar bekerja?',
          'Have the Smart City Council and the Implementation Team been formed, and do they actually work?',
        ],
        guidance: [
          'Keterlibatan mitra pentaheliks dinilai pada structure.partnership.',
          'The involvement of pentahelix partners is scored in structure.partnership.',
        ],
        levels: [
          ['Belum ada kelembagaan smart city.', 'There is no smart city institution.'],
          ['Dewan dan Tim Pelaksana dibentuk dengan SK, tetapi jarang bertemu.', 'The council and team are formed by decree but rarely meet.'],
          ['Dewan dan Tim Pelaksana (satu anggota per OPD) memiliki tugas, jadwal rapat, dan rencana kerja yang ditetapkan.', 'The council and team (one member per agency) have defined duties, meeting schedules and work plans.'],
          ['Tim Pelaksana mengoordinasikan program lintas OPD dan melaporkan kemajuan kepada kepala daerah secara berkala.', 'The team coordinates programmes across agencies and reports progress to the regional head regularly.'],
          ['SK Dewan dan Tim Pelaksana diperbarui dan rapat tetap berjalan setelah pergantian kepala daerah atau pejabat.', 'The council\'s and team\'s decrees are renewed and meetings continue after a change of regional head or officials.'],
        ],
        actions: [
          ['Membentuk Dewan Smart City dan Tim Pelaksana dengan SK kepala daerah.', 'Form the Smart City Council and the Implementation Team by decree of the regional head.'],
          ['Menetapkan tugas, jadwal rapat, dan rencana kerja Dewan dan Tim Pelaksana dengan satu anggota per OPD.', 'Set the duties, meeting schedules and work plans of the council and the team, with one member per agency.'],
          ['Menugaskan Tim Pelaksana mengoordinasikan program lintas OPD dan melaporkan kemajuan kepada kepala daerah secara berkala.', 'Have the team coordinate programmes across agencies and report progress to the regional head regularly.'],
          ['Mengatur pembaruan SK dan serah terima tugas kelembagaan pada setiap pergantian kepala daerah atau pejabat.', 'Arrange decree renewal and handover of the institutions\' duties at every change of regional head or officials.'],
        ],
        principles: ['collaboration', 'sustainability'],
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
        actions: [
          ['Meminta laporan kegiatan smart city dari setiap OPD.', 'Ask every agency for smart city activity reports.'],
          ['Menetapkan SOP monitoring dan evaluasi dengan indikator kinerja program smart city.', 'Adopt a monitoring and evaluation procedure with smart city programme indicators.'],
          ['Melakukan evaluasi mandiri tahunan dengan bukti dukung dan membahas hasilnya dalam rapat Dewan Smart City.', 'Carry out a yearly self-assessment with evidence and discuss the results in a Smart City Council meeting.'],
          ['Menyesuaikan program dan anggaran berdasarkan hasil evaluasi dan mempublikasikan hasilnya.', 'Adjust programmes and budgets on the basis of the evaluation and publish the results.'],
        ],
        principles: ['sustainability', 'integration'],
        effort: 'low',
        owner: 'Bappeda',
      }),
    ],
  },
];
