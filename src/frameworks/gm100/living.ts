import type { Element } from '../../schema/framework.js';
import { indicator, text } from './build.js';

export const living: Element = {
  id: 'living',
  name: text(['Smart Living', 'Smart Living']),
  description: text([
    'Kualitas hidup yang layak: harmonisasi tata ruang, sarana kesehatan, dan sarana transportasi.',
    'A decent quality of life: spatial harmony, health facilities and transport.',
  ]),
  subElements: [
    {
      id: 'living.harmony',
      name: text(['Harmonisasi Tata Ruang Wilayah', 'Harmony']),
      indicators: [
        indicator('living.harmony.rdtr', {
          question: [
            'Apakah Rencana Detail Tata Ruang (RDTR) tersedia dalam sistem informasi yang dipakai untuk perizinan?',
            'Is the detailed spatial plan (RDTR) available in an information system used for permits?',
          ],
          levels: [
            ['RDTR belum disusun atau hanya berupa dokumen cetak.', 'The detailed spatial plan does not exist yet or exists only on paper.'],
            ['RDTR sedang disusun; peta tata ruang tersedia dalam format digital terpisah.', 'The plan is being drafted; spatial maps exist as separate digital files.'],
            ['RDTR ditetapkan dengan Perkada dan dapat diakses publik melalui sistem informasi tata ruang.', 'The plan is set by regional head regulation and open to the public in a spatial information system.'],
            ['RDTR digital terintegrasi dengan OSS untuk KKPR dan dengan data pertanahan serta bangunan.', 'The digital plan is integrated with OSS for spatial-use approvals (KKPR) and with land and building data.'],
            ['Pemanfaatan ruang dipantau (citra satelit, laporan warga) dan hasilnya dipakai dalam peninjauan kembali tata ruang.', 'Land use is monitored (satellite imagery, citizen reports) and the results are used in spatial-plan reviews.'],
          ],
          actions: [
            ['Memulai penyusunan RDTR dan mendigitalkan peta tata ruang yang ada.', 'Start drafting the detailed spatial plan and digitise the existing spatial maps.'],
            ['Menetapkan RDTR dengan Perkada dan membukanya kepada publik melalui sistem informasi tata ruang.', 'Adopt the detailed spatial plan by regional head regulation and open it to the public in a spatial information system.'],
            ['Mengintegrasikan RDTR digital dengan OSS untuk KKPR serta dengan data pertanahan dan bangunan.', 'Integrate the digital plan with OSS for spatial-use approvals and with land and building data.'],
            ['Memantau pemanfaatan ruang dengan citra satelit dan laporan warga serta memakai hasilnya dalam peninjauan kembali tata ruang.', 'Monitor land use with satellite imagery and citizen reports and use the results in spatial-plan reviews.'],
          ],
          principles: ['integration', 'sustainability'],
          effort: 'high',
          owner: 'Dinas PUPR',
        }),
        indicator('living.harmony.housing', {
          question: [
            'Bagaimana data dan program rumah tidak layak huni serta kawasan kumuh dikelola?',
            'How are data and programmes on uninhabitable housing and slum areas managed?',
          ],
          levels: [
            ['Data rumah tidak layak huni belum ada.', 'There is no data on uninhabitable housing.'],
            ['Data dikumpulkan per program bantuan tanpa pemutakhiran.', 'Data is gathered per aid programme and never updated.'],
            ['Ada basis data perumahan dan kawasan kumuh yang dimutakhirkan rutin sesuai SK penetapan lokasi kumuh.', 'A housing and slum database is updated routinely in line with the decree designating slum areas.'],
            ['Data perumahan terhubung dengan data sosial, air minum, dan sanitasi untuk intervensi terpadu.', 'Housing data connects to social, water and sanitation data for joint interventions.'],
            ['Luas kawasan kumuh turun terukur sesuai target dan program dievaluasi setiap tahun.', 'Slum area falls measurably in line with the target and the programme is evaluated every year.'],
          ],
          actions: [
            ['Mendata rumah tidak layak huni per program bantuan.', 'Record uninhabitable housing for each aid programme.'],
            ['Membangun basis data perumahan dan kawasan kumuh yang dimutakhirkan rutin sesuai SK penetapan lokasi kumuh.', 'Build a housing and slum database updated routinely in line with the slum-area decree.'],
            ['Menghubungkan data perumahan dengan data sosial, air minum, dan sanitasi untuk merencanakan intervensi terpadu.', 'Link housing data with social, water and sanitation data to plan joint interventions.'],
            ['Menetapkan target pengurangan kawasan kumuh dan mengevaluasi capaian program setiap tahun.', 'Set a slum-reduction target and evaluate the programme\'s results every year.'],
          ],
          principles: ['integration', 'collaboration'],
          effort: 'high',
          owner: 'Dinas Perumahan dan Kawasan Permukiman',
        }),
        indicator('living.harmony.water', {
          question: [
            'Seberapa terjamin akses air minum layak dan aman bagi warga dan bagaimana layanannya dipantau?',
            'How secure is citizens\' access to adequate and safe drinking water, and how is the service monitored?',
          ],
          guidance: [
            'Penyelenggara SPAM umumnya Perumda Air Minum (BUMD); jawaban disusun bersama Dinas PUPR sebagai OPD pembina.',
            'Water supply is usually run by the regional water enterprise (Perumda Air Minum, a BUMD); answer together with the public works office that oversees it.',
          ],
          levels: [
            ['Cakupan air minum layak dan aman tidak diketahui.', 'Coverage of adequate and safe drinking water is unknown.'],
            ['Cakupan layanan Perumda Air Minum dan SPAM lain dicatat tahunan.', 'Coverage by the water enterprise and other supply systems is recorded yearly.'],
            ['Ada rencana induk SPAM dengan target cakupan dan standar kualitas air.', 'A water-supply master plan sets coverage targets and quality standards.'],
            ['Kehilangan air dan kualitas air dipantau dengan meter dan sensor di jaringan.', 'Water losses and quality are monitored with meters and sensors in the network.'],
            ['Kehilangan air turun terukur berdasarkan data pemantauan dan akses air minum layak dan aman mencapai target RPJMD.', 'Water losses fall measurably on the basis of monitoring data and access to adequate and safe drinking water meets the RPJMD target.'],
          ],
          actions: [
            ['Mencatat cakupan layanan Perumda Air Minum dan SPAM lain setiap tahun.', 'Record the coverage of the water enterprise and other supply systems every year.'],
            ['Menyusun rencana induk SPAM dengan target cakupan dan standar kualitas air.', 'Draw up a water-supply master plan with coverage targets and quality standards.'],
            ['Memasang meter induk dan sensor kualitas di jaringan untuk memantau kehilangan dan kualitas air.', 'Install bulk meters and quality sensors in the network to monitor water losses and quality.'],
            ['Menjalankan program penurunan kehilangan air berdasarkan data pemantauan dan memperluas sambungan menuju target RPJMD.', 'Run a water-loss reduction programme on the basis of monitoring data and extend connections towards the RPJMD target.'],
          ],
          principles: ['sustainability'],
          effort: 'high',
          owner: 'Dinas PUPR',
        }),
      ],
    },
    {
      id: 'living.health',
      name: text(['Sarana dan Prasarana Kesehatan', 'Health']),
      indicators: [
        indicator('living.health.records', {
          question: [
            'Sejauh mana fasilitas kesehatan daerah memakai rekam medis elektronik yang terhubung ke SATUSEHAT?',
            'How far do the region\'s health facilities use electronic medical records connected to SATUSEHAT?',
          ],
          levels: [
            ['Rekam medis di puskesmas dan RSUD masih menggunakan kertas.', 'Medical records in community health centres and the regional hospital are on paper.'],
            ['Sebagian fasilitas memakai SIMRS/SIMPUS tanpa pertukaran data.', 'Some facilities use hospital or health-centre systems without exchanging data.'],
            ['Seluruh puskesmas dan RSUD memakai rekam medis elektronik sesuai standar Kementerian Kesehatan.', 'Every community health centre and the regional hospital keep electronic records to Ministry of Health standards.'],
            ['Rekam medis terhubung ke SATUSEHAT dan rujukan antarfasilitas berjalan elektronik.', 'Records are connected to SATUSEHAT and referrals between facilities run electronically.'],
            ['Data kesehatan dianalisis untuk perencanaan layanan dan pencegahan penyakit; keamanan data diaudit.', 'Health data is analysed for service planning and disease prevention; data security is audited.'],
          ],
          actions: [
            ['Menerapkan SIMRS/SIMPUS di RSUD dan puskesmas perintis.', 'Introduce hospital and health-centre information systems in the regional hospital and pilot health centres.'],
            ['Memperluas rekam medis elektronik sesuai standar Kementerian Kesehatan ke seluruh puskesmas dan RSUD.', 'Extend electronic medical records to Ministry of Health standards to every health centre and the regional hospital.'],
            ['Menghubungkan rekam medis ke SATUSEHAT dan menjalankan rujukan antarfasilitas secara elektronik.', 'Connect the records to SATUSEHAT and run referrals between facilities electronically.'],
            ['Menganalisis data kesehatan untuk perencanaan layanan dan pencegahan penyakit serta mengaudit keamanan datanya.', 'Analyse health data for service planning and disease prevention and audit its security.'],
          ],
          principles: ['integration', 'sustainability'],
          effort: 'high',
          owner: 'Dinas Kesehatan',
        }),
        indicator('living.health.emergency', {
          question: [
            'Bagaimana layanan gawat darurat kesehatan (Public Safety Center 119) dijalankan?',
            'How is the emergency health service (Public Safety Center 119) run?',
          ],
          guidance: [
            'Keterhubungan dengan layanan panggilan darurat 112 dinilai pada society.security.112.',
            'The link with the 112 emergency call service is scored in society.security.112.',
          ],
          levels: [
            ['Belum ada layanan gawat darurat terpadu; warga menghubungi rumah sakit langsung.', 'There is no integrated emergency service; people call hospitals directly.'],
            ['PSC 119 dibentuk dengan armada ambulans terbatas.', 'A PSC 119 exists with a limited ambulance fleet.'],
            ['PSC 119 beroperasi 24 jam dengan SOP, tenaga terlatih, dan pencatatan kejadian.', 'PSC 119 runs around the clock with procedures, trained staff and incident logs.'],
            ['PSC 119 memantau ketersediaan tempat tidur IGD rumah sakit dan posisi ambulans secara waktu nyata; waktu tanggap diukur.', 'PSC 119 sees hospital emergency-bed availability and ambulance positions in real time; response times are measured.'],
            ['Waktu tanggap membaik terukur berdasarkan analisis data kejadian; masyarakat dilatih pertolongan pertama.', 'Response times improve measurably on the basis of incident analysis; citizens are trained in first aid.'],
          ],
          actions: [
            ['Membentuk PSC 119 dan menyiapkan armada ambulans awal.', 'Set up the PSC 119 and an initial ambulance fleet.'],
            ['Mengoperasikan PSC 119 selama 24 jam dengan SOP, tenaga terlatih, dan pencatatan kejadian.', 'Run the PSC 119 around the clock with procedures, trained staff and incident logs.'],
            ['Menghubungkan PSC 119 dengan informasi tempat tidur IGD rumah sakit dan pelacakan ambulans serta mengukur waktu tanggap.', 'Connect the PSC 119 to hospital emergency-bed information and ambulance tracking and measure response times.'],
            ['Menganalisis data kejadian untuk penempatan ambulans dan menyelenggarakan pelatihan pertolongan pertama bagi masyarakat.', 'Analyse incident data to position ambulances and run first-aid training for residents.'],
          ],
          principles: ['integration', 'collaboration'],
          effort: 'medium',
          owner: 'Dinas Kesehatan',
        }),
        indicator('living.health.stunting', {
          question: [
            'Sejauh mana pemantauan kesehatan ibu dan anak (stunting, posyandu) dilakukan dengan data yang terpadu?',
            'How far is maternal and child health (stunting, community health posts) monitored with joined-up data?',
          ],
          levels: [
            ['Data penimbangan posyandu dicatat di buku dan jarang direkap.', 'Health-post weighing data is kept in notebooks and rarely compiled.'],
            ['Data dimasukkan ke e-PPGBM, tetapi belum lengkap di semua posyandu.', 'Data is entered in the national nutrition system (e-PPGBM), but not from every post.'],
            ['Semua posyandu melapor rutin; TPPS menetapkan lokus dan rencana aksi stunting.', 'Every post reports routinely; the stunting task force (TPPS) sets target villages and an action plan.'],
            ['Data gizi terhubung dengan data air, sanitasi, dan bantuan sosial untuk intervensi konvergen lintas OPD.', 'Nutrition data connects to water, sanitation and social aid for convergent cross-agency interventions.'],
            ['Prevalensi stunting turun terukur dan intervensi dievaluasi bersama akademisi dan masyarakat.', 'Stunting prevalence falls measurably and interventions are evaluated with academics and communities.'],
          ],
          actions: [
            ['Memasukkan data penimbangan posyandu ke e-PPGBM.', 'Enter health-post weighing data in e-PPGBM.'],
            ['Memastikan semua posyandu melapor rutin dan TPPS menetapkan lokus serta rencana aksi stunting.', 'Make every health post report routinely and have the stunting task force set target villages and an action plan.'],
            ['Menghubungkan data gizi dengan data air, sanitasi, dan bantuan sosial untuk intervensi konvergen lintas OPD.', 'Link nutrition data with water, sanitation and social aid data for convergent cross-agency interventions.'],
            ['Mengevaluasi intervensi setiap tahun bersama akademisi dan masyarakat berdasarkan data prevalensi.', 'Evaluate interventions every year with academics and communities on the basis of prevalence data.'],
          ],
          principles: ['integration', 'collaboration', 'sustainability'],
          effort: 'medium',
          owner: 'Dinas Kesehatan',
        }),
      ],
    },
    {
      id: 'living.mobility',
      name: text(['Sarana Transportasi', 'Mobility']),
      indicators: [
        indicator('living.mobility.transit', {
          question: [
            'Bagaimana layanan angkutan umum dan informasinya disediakan bagi warga?',
            'How are public transport services and their information provided to citizens?',
          ],
          levels: [
            ['Angkutan umum terbatas dan tanpa jadwal tetap.', 'Public transport is limited and runs without fixed schedules.'],
            ['Ada trayek angkutan umum dengan jadwal yang diumumkan.', 'Routes exist with announced timetables.'],
            ['Angkutan umum memenuhi standar pelayanan minimal dengan skema subsidi yang ditetapkan (misalnya pembelian layanan/buy the service).', 'Public transport meets minimum service standards under a defined subsidy scheme (for example buy the service).'],
            ['Posisi armada dan jadwal tersedia secara waktu nyata di aplikasi; pembayaran nontunai; jumlah penumpang diukur.', 'Vehicle positions and timetables are available in real time in an app; fares are cashless; ridership is measured.'],
            ['Jaringan trayek dirancang ulang berdasarkan data perjalanan dan terhubung antarmoda.', 'The network is redesigned on the basis of trip data and connects between modes.'],
          ],
          actions: [
            ['Menetapkan trayek dan mengumumkan jadwal angkutan umum.', 'Set routes and publish public transport timetables.'],
            ['Menetapkan standar pelayanan minimal angkutan umum dan skema subsidinya.', 'Adopt minimum service standards for public transport and its subsidy scheme.'],
            ['Memasang pelacak armada, menyediakan informasi waktu nyata di aplikasi, dan menerapkan pembayaran nontunai.', 'Fit vehicle trackers, provide real-time information in an app and introduce cashless fares.'],
            ['Merancang ulang jaringan trayek berdasarkan data perjalanan dan mengintegrasikan antarmoda.', 'Redesign the route network on the basis of trip data and integrate the modes.'],
          ],
          principles: ['integration', 'sustainability'],
          effort: 'high',
          owner: 'Dinas Perhubungan',
        }),
        indicator('living.mobility.traffic', {
          question: [
            'Sejauh mana lalu lintas dikelola dengan sistem pengendalian (ATCS, CCTV) dan data?',
            'How far is traffic managed with control systems (ATCS, CCTV) and data?',
          ],
          levels: [
            ['Lampu lalu lintas berjalan dengan waktu tetap tanpa pemantauan.', 'Traffic lights run on fixed timers without monitoring.'],
            ['Beberapa simpang dipantau CCTV.', 'Some junctions are watched by CCTV.'],
            ['ATCS beroperasi di simpang utama dengan ruang kendali dan SOP.', 'An area traffic control system (ATCS) runs at main junctions with a control room and procedures.'],
            ['ATCS berbagi data dengan kepolisian; data kepadatan dan kecelakaan dianalisis rutin.', 'The ATCS shares data with the police; congestion and crash data are analysed routinely.'],
            ['Pengaturan lalu lintas adaptif dan kebijakan rekayasa lalu lintas dievaluasi berdasarkan data.', 'Traffic control is adaptive and traffic-engineering policy is evaluated on the basis of data.'],
          ],
          actions: [
            ['Memasang CCTV pemantau di simpang rawan kemacetan.', 'Install monitoring CCTV at congested junctions.'],
            ['Mengoperasikan ATCS di simpang utama dengan ruang kendali dan SOP.', 'Run an ATCS at the main junctions with a control room and procedures.'],
            ['Menyepakati pertukaran data ATCS dengan kepolisian dan menganalisis data kepadatan dan kecelakaan secara rutin.', 'Agree ATCS data exchange with the police and analyse congestion and crash data routinely.'],
            ['Menerapkan pengaturan sinyal adaptif dan mengevaluasi rekayasa lalu lintas berdasarkan data.', 'Introduce adaptive signal control and evaluate traffic engineering on the basis of data.'],
          ],
          principles: ['integration', 'collaboration'],
          effort: 'high',
          owner: 'Dinas Perhubungan',
        }),
        indicator('living.mobility.parking', {
          question: [
            'Bagaimana parkir dan fasilitas pejalan kaki serta pesepeda dikelola?',
            'How are parking and facilities for pedestrians and cyclists managed?',
          ],
          guidance: [
            'Pembayaran retribusi parkir nontunai dinilai pada economy.transaction.etpd.',
            'Cashless payment of parking fees is scored in economy.transaction.etpd.',
          ],
          levels: [
            ['Parkir tepi jalan dikelola tanpa pencatatan pendapatan yang jelas.', 'On-street parking runs without clear revenue records.'],
            ['Ada karcis parkir resmi dan trotoar di jalan utama.', 'Official parking tickets exist and main roads have sidewalks.'],
            ['Zona parkir, tarif, dan standar trotoar serta jalur sepeda ditetapkan dengan peraturan.', 'Parking zones, fees and sidewalk and cycle-lane standards are set by regulation.'],
            ['Okupansi dan pendapatan parkir tercatat per zona; ketersediaan parkir diinformasikan dan kondisi trotoar serta jalur sepeda diaudit.', 'Parking occupancy and revenue are recorded per zone; parking availability is published and sidewalks and cycle lanes are audited.'],
            ['Kebijakan parkir dipakai untuk mendorong angkutan umum dan mobilitas aktif, dan dievaluasi berdasarkan data.', 'Parking policy is used to encourage public transport and active travel, and evaluated on the basis of data.'],
          ],
          actions: [
            ['Menerapkan karcis parkir resmi dan membangun trotoar di jalan utama.', 'Introduce official parking tickets and build sidewalks on the main roads.'],
            ['Menetapkan zona parkir, tarif, dan standar trotoar serta jalur sepeda dengan peraturan.', 'Set parking zones, fees and sidewalk and cycle-lane standards by regulation.'],
            ['Mencatat okupansi dan pendapatan per zona, menginformasikan ketersediaan parkir, dan mengaudit trotoar serta jalur sepeda.', 'Record occupancy and revenue per zone, publish parking availability and audit sidewalks and cycle lanes.'],
            ['Menyesuaikan tarif dan zona parkir untuk mendorong angkutan umum dan mobilitas aktif serta mengevaluasi dampaknya.', 'Adjust parking fees and zones to encourage public transport and active travel and evaluate the effect.'],
          ],
          principles: ['sustainability'],
          effort: 'medium',
          owner: 'Dinas Perhubungan',
        }),
      ],
    },
  ],
};
