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
            ['RDTR ditetapkan dengan Perkada dan dapat diakses publik melalui sistem informasi tata ruang.', 'The plan is set by regional regulation and open to the public in a spatial information system.'],
            ['Sistem informasi RDTR terintegrasi dengan OSS untuk KKPR dan dengan data pertanahan serta bangunan.', 'The spatial information system is integrated with OSS for spatial-use approvals and with land and building data.'],
            ['Pemanfaatan ruang dipantau (citra, laporan warga) dan hasilnya dipakai untuk peninjauan kembali tata ruang.', 'Land use is monitored (imagery, citizen reports) and the results inform spatial-plan reviews.'],
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
            ['Ada basis data perumahan dan kawasan kumuh yang dimutakhirkan rutin sesuai SK kumuh.', 'A housing and slum database is updated routinely in line with the slum decree.'],
            ['Data perumahan terhubung dengan data sosial, air minum, dan sanitasi untuk intervensi terpadu.', 'Housing data connects to social, water and sanitation data for joint interventions.'],
            ['Luas kawasan kumuh turun terukur; program dievaluasi dan dibiayai bersama CSR dan masyarakat.', 'Slum area falls measurably; the programme is evaluated and co-funded with CSR and communities.'],
          ],
          principles: ['integration', 'collaboration'],
          effort: 'high',
          owner: 'Dinas Perumahan dan Kawasan Permukiman',
        }),
        indicator('living.harmony.water', {
          question: [
            'Seberapa terjamin akses air minum aman bagi warga dan bagaimana layanannya dipantau?',
            'How secure is citizens\' access to safe drinking water, and how is the service monitored?',
          ],
          levels: [
            ['Cakupan air minum aman tidak diketahui.', 'Safe-water coverage is unknown.'],
            ['Cakupan layanan PDAM/SPAM dicatat tahunan.', 'Water-utility coverage is recorded yearly.'],
            ['Ada rencana induk SPAM dengan target cakupan dan standar kualitas air.', 'A water-supply master plan sets coverage targets and quality standards.'],
            ['Jaringan, kehilangan air, dan kualitas dipantau dengan meter dan sensor; pengaduan pelanggan terintegrasi.', 'Network losses and water quality are monitored with meters and sensors; customer complaints are integrated.'],
            ['Kehilangan air ditekan terus dari data pemantauan dan cakupan air minum aman mendekati universal.', 'Water losses keep falling from monitoring data and safe-water coverage nears universal.'],
          ],
          principles: ['sustainability'],
          effort: 'high',
          owner: 'PDAM',
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
            ['Rekam medis di puskesmas dan RSUD masih kertas.', 'Medical records in clinics and the regional hospital are on paper.'],
            ['Sebagian fasilitas memakai SIMRS/SIMPUS tanpa pertukaran data.', 'Some facilities use hospital or clinic systems without exchanging data.'],
            ['Seluruh puskesmas dan RSUD memakai rekam medis elektronik sesuai standar Kemenkes.', 'Every clinic and the regional hospital keep electronic records to Ministry of Health standards.'],
            ['Rekam medis terhubung ke SATUSEHAT dan rujukan antarfasilitas berjalan elektronik.', 'Records are connected to SATUSEHAT and referrals between facilities run electronically.'],
            ['Data kesehatan dianalisis untuk perencanaan layanan dan pencegahan penyakit; keamanan data diaudit.', 'Health data is analysed for service planning and disease prevention; data security is audited.'],
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
          levels: [
            ['Belum ada layanan gawat darurat terpadu; warga menghubungi rumah sakit langsung.', 'There is no integrated emergency service; people call hospitals directly.'],
            ['PSC 119 dibentuk dengan armada ambulans terbatas.', 'A PSC 119 exists with a limited ambulance fleet.'],
            ['PSC 119 beroperasi 24 jam dengan SOP, tenaga terlatih, dan pencatatan kejadian.', 'PSC 119 runs around the clock with procedures, trained staff and incident logs.'],
            ['PSC terhubung dengan 112, rumah sakit (ketersediaan tempat tidur), dan pelacakan ambulans; waktu tanggap diukur.', 'The centre is linked to 112, hospital bed availability and ambulance tracking; response times are measured.'],
            ['Waktu tanggap terus membaik dari analisis data kejadian; masyarakat dilatih pertolongan pertama.', 'Response times keep improving from incident analysis; citizens are trained in first aid.'],
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
            ['Data dimasukkan ke e-PPGBM, tetapi belum lengkap di semua posyandu.', 'Data is entered in the national nutrition system, but not from every post.'],
            ['Semua posyandu melapor rutin; TPPS menetapkan lokus dan rencana aksi stunting.', 'Every post reports routinely; the stunting task force sets target villages and an action plan.'],
            ['Data gizi terhubung dengan data air, sanitasi, dan bantuan sosial untuk intervensi konvergen lintas OPD.', 'Nutrition data connects to water, sanitation and social aid for convergent cross-agency interventions.'],
            ['Prevalensi stunting turun terukur dan intervensi dievaluasi bersama akademisi dan masyarakat.', 'Stunting prevalence falls measurably and interventions are evaluated with academics and communities.'],
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
            ['Angkutan umum dengan standar pelayanan minimal dan subsidi (skema buy the service) ditetapkan.', 'Public transport runs to minimum service standards with a defined subsidy scheme (buy the service).'],
            ['Posisi armada dan jadwal tersedia waktu nyata di aplikasi; pembayaran nontunai; okupansi diukur.', 'Vehicle positions and timetables are available in real time in an app; fares are cashless; ridership is measured.'],
            ['Jaringan trayek dirancang ulang dari data perjalanan dan terhubung antarmoda.', 'The network is redesigned from trip data and connects between modes.'],
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
            ['ATCS beroperasi di simpang utama dengan ruang kendali dan SOP.', 'An area traffic control system runs at main junctions with a control room and procedures.'],
            ['ATCS terhubung dengan command center dan kepolisian; data kepadatan dan kecelakaan dianalisis rutin.', 'The system is connected to the command centre and police; congestion and crash data are analysed routinely.'],
            ['Pengaturan lalu lintas adaptif dan kebijakan rekayasa lalu lintas dievaluasi dari data.', 'Traffic control is adaptive and traffic-engineering policy is evaluated from data.'],
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
          levels: [
            ['Parkir tepi jalan dikelola tanpa pencatatan pendapatan yang jelas.', 'On-street parking runs without clear revenue records.'],
            ['Ada karcis parkir resmi dan trotoar di jalan utama.', 'Official parking tickets exist and main roads have sidewalks.'],
            ['Zona parkir, tarif, dan standar trotoar/jalur sepeda ditetapkan dengan peraturan.', 'Parking zones, fees and sidewalk and cycle-lane standards are set by regulation.'],
            ['Parkir elektronik (e-parking) terhubung ke kas daerah; ketersediaan parkir diinformasikan.', 'E-parking is linked to the regional treasury and parking availability is published.'],
            ['Kebijakan parkir dipakai untuk mendorong angkutan umum dan mobilitas aktif, dievaluasi dari data.', 'Parking policy is used to encourage public transport and active travel, and evaluated from data.'],
          ],
          principles: ['sustainability'],
          effort: 'medium',
          owner: 'Dinas Perhubungan',
        }),
      ],
    },
  ],
};
