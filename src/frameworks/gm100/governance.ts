import type { Element } from '../../schema/framework.js';
import { indicator, text } from './build.js';

export const governance: Element = {
  id: 'governance',
  name: text(['Smart Governance', 'Smart Governance']),
  description: text([
    'Tata kelola pemerintahan yang melayani: pelayanan publik, birokrasi yang efisien, dan kebijakan publik yang efektif.',
    'Government that serves: public services, an efficient bureaucracy and effective public policy.',
  ]),
  subElements: [
    {
      id: 'governance.service',
      name: text(['Pelayanan Publik', 'Public Service']),
      indicators: [
        indicator('governance.service.mpp', {
          question: [
            'Sejauh mana layanan perizinan dan non-perizinan terpadu dalam Mal Pelayanan Publik (MPP) dan kanal daring?',
            'How far are licensing and non-licensing services joined up in a Public Service Mall (MPP) and online channels?',
          ],
          guidance: [
            'Hitung layanan yang benar-benar bisa diajukan di satu tempat atau satu portal, termasuk layanan instansi vertikal (BPN, Dukcapil, BPJS, Samsat).',
            'Count services that can truly be applied for in one place or one portal, including those of central agencies (land office, civil registry, BPJS, vehicle registration).',
          ],
          levels: [
            ['Layanan masih tersebar di masing-masing OPD; belum ada rencana MPP.', 'Services are still scattered across agencies; there is no plan for a service mall.'],
            ['MPP atau loket terpadu sudah ada, tetapi sebagian besar layanan masih diajukan secara manual.', 'A service mall or joint counter exists, but most services are still applied for on paper.'],
            ['MPP beroperasi dengan SOP baku dan maklumat pelayanan; layanan perizinan utama dapat diajukan secara daring.', 'The service mall runs on standard procedures and a service charter; the main licences can be applied for online.'],
            ['Layanan MPP dan daring terhubung dengan sistem OPD dan instansi vertikal (OSS, Dukcapil); waktu dan kepuasan layanan diukur rutin.', 'Mall and online services connect to agency and national systems (OSS, civil registry); service time and satisfaction are measured routinely.'],
            ['Hasil survei kepuasan dan data antrean dipakai untuk terus memangkas prosedur; sebagian layanan berjalan otomatis dan menjadi rujukan daerah lain.', 'Satisfaction surveys and queue data drive continuous cuts to procedures; some services run automatically and other regions learn from them.'],
          ],
          principles: ['integration', 'collaboration'],
          effort: 'medium',
          owner: 'DPMPTSP',
        }),
        indicator('governance.service.online', {
          question: [
            'Seberapa lengkap layanan publik daerah yang dapat diakses secara daring dari satu pintu (portal atau aplikasi)?',
            'How complete is the set of regional public services that citizens can reach online through one entry point (portal or app)?',
          ],
          levels: [
            ['Hanya ada informasi layanan di situs web; pengajuan tetap datang langsung.', 'Only service information is on the website; applications are made in person.'],
            ['Beberapa OPD punya aplikasi layanan sendiri-sendiri dengan akun dan tampilan berbeda.', 'Some agencies run their own service apps, each with its own account and look.'],
            ['Ada portal atau super app layanan dengan katalog layanan yang ditetapkan; akun warga tunggal untuk sebagian layanan.', 'A service portal or super app exists with a defined service catalogue; a single citizen account covers part of the services.'],
            ['Sebagian besar layanan terhubung melalui satu akun warga dan berbagi data antar-OPD; status pengajuan dapat dilacak.', 'Most services share one citizen account and exchange data between agencies; applications can be tracked.'],
            ['Layanan dirancang ulang dari kebutuhan warga (layanan proaktif berbasis peristiwa hidup) dan dievaluasi dari data penggunaan.', 'Services are redesigned around citizen needs (proactive, life-event services) and evaluated from usage data.'],
          ],
          principles: ['integration'],
          effort: 'high',
          owner: 'Diskominfo',
        }),
        indicator('governance.service.complaint', {
          question: [
            'Bagaimana pengaduan masyarakat dikelola melalui SP4N-LAPOR! dan kanal pengaduan lain?',
            'How are public complaints handled through SP4N-LAPOR! and other complaint channels?',
          ],
          levels: [
            ['Pengaduan diterima lewat surat atau media sosial tanpa pencatatan yang tertib.', 'Complaints arrive by letter or social media without orderly records.'],
            ['Daerah terhubung ke SP4N-LAPOR!, tetapi tindak lanjut bergantung pada masing-masing admin OPD.', 'The region is connected to SP4N-LAPOR!, but follow-up depends on each agency\'s administrator.'],
            ['Ada SK pengelola pengaduan dan SOP dengan batas waktu tindak lanjut; semua OPD punya admin aktif.', 'A decree appoints complaint handlers and a procedure sets response deadlines; every agency has an active administrator.'],
            ['Semua kanal (LAPOR!, media sosial, call center) masuk ke satu sistem; waktu respons dan tingkat penyelesaian dilaporkan berkala.', 'All channels (LAPOR!, social media, call centre) feed one system; response time and resolution rate are reported regularly.'],
            ['Analisis pola pengaduan dipakai untuk memperbaiki kebijakan dan layanan; hasilnya diumumkan kepada publik.', 'Complaint patterns are analysed to improve policy and services, and the results are published.'],
          ],
          principles: ['integration', 'collaboration'],
          effort: 'low',
          owner: 'Diskominfo',
        }),
      ],
    },
    {
      id: 'governance.bureaucracy',
      name: text(['Manajemen Birokrasi yang Efisien', 'Efficient Bureaucracy']),
      indicators: [
        indicator('governance.bureaucracy.eoffice', {
          question: [
            'Sejauh mana naskah dinas dan persuratan dikelola secara elektronik dengan tanda tangan elektronik (TTE)?',
            'How far are official letters and documents handled electronically with electronic signatures?',
          ],
          levels: [
            ['Persuratan masih kertas; arsip tersimpan di masing-masing bagian.', 'Correspondence is on paper; archives sit in each unit.'],
            ['Aplikasi e-office dipakai sebagian OPD, tetapi surat tetap dicetak untuk ditandatangani.', 'Some agencies use an e-office app, but letters are still printed for signing.'],
            ['E-office dan TTE (sertifikat BSrE) ditetapkan dengan peraturan kepala daerah dan dipakai di seluruh OPD.', 'E-office and electronic signatures (BSrE certificates) are set by a regional head regulation and used in every agency.'],
            ['E-office terhubung dengan kearsipan elektronik (SRIKANDI) dan sistem kepegawaian; waktu disposisi terukur.', 'E-office is linked to electronic archiving (SRIKANDI) and HR systems; routing times are measured.'],
            ['Alur kerja terus disederhanakan dari data penggunaan; hampir seluruh proses administrasi tanpa kertas.', 'Workflows are continually simplified from usage data; nearly all administration is paperless.'],
          ],
          principles: ['integration', 'sustainability'],
          effort: 'low',
          owner: 'Diskominfo',
        }),
        indicator('governance.bureaucracy.planning', {
          question: [
            'Seberapa terpadu perencanaan, penganggaran, pengadaan, dan pelaporan kinerja daerah secara elektronik?',
            'How integrated are the region\'s electronic planning, budgeting, procurement and performance reporting?',
          ],
          levels: [
            ['Perencanaan dan penganggaran disusun dengan lembar kerja terpisah di tiap OPD.', 'Planning and budgeting are prepared in separate spreadsheets in each agency.'],
            ['SIPD dan LPSE dipakai sesuai kewajiban nasional, tetapi data kinerja dihimpun manual.', 'SIPD and e-procurement are used as nationally required, but performance data is compiled by hand.'],
            ['E-planning, e-budgeting, e-procurement dan e-kinerja berjalan dengan SOP dan penanggung jawab yang jelas.', 'E-planning, e-budgeting, e-procurement and e-performance run with procedures and clear owners.'],
            ['Sistem-sistem itu saling bertukar data sehingga program, anggaran, dan capaian kinerja dapat ditelusuri dalam satu dasbor.', 'The systems exchange data so that programmes, budgets and results can be traced in one dashboard.'],
            ['Data realisasi dan capaian dipakai setiap tahun untuk realokasi anggaran berbasis kinerja.', 'Spending and results data drive performance-based reallocation every year.'],
          ],
          principles: ['integration', 'sustainability'],
          evidenceFrom: 2,
          effort: 'high',
          owner: 'Bappeda',
        }),
        indicator('governance.bureaucracy.hr', {
          question: [
            'Bagaimana pengelolaan ASN (data, kinerja, kompetensi) didukung sistem informasi?',
            'How is civil-servant management (records, performance, competences) supported by information systems?',
          ],
          levels: [
            ['Data pegawai tersimpan dalam berkas dan lembar kerja.', 'Staff records are kept in files and spreadsheets.'],
            ['Data pegawai sudah di SIASN/SIMPEG, tetapi penilaian kinerja masih manual.', 'Staff records are in SIASN/SIMPEG, but performance appraisal is manual.'],
            ['E-kinerja dipakai seluruh ASN dan terhubung dengan tunjangan kinerja sesuai peraturan.', 'Every civil servant uses e-performance, tied to performance allowances by regulation.'],
            ['Data kompetensi, kinerja, dan pelatihan terpadu dan dipakai untuk penempatan serta manajemen talenta.', 'Competence, performance and training data are joined and used for placement and talent management.'],
            ['Analisis kebutuhan kompetensi diperbarui berkala dan menjadi dasar rencana pengembangan SDM digital.', 'Competence-gap analysis is updated regularly and shapes the digital workforce plan.'],
          ],
          principles: ['integration'],
          effort: 'medium',
          owner: 'BKPSDM',
        }),
      ],
    },
    {
      id: 'governance.policy',
      name: text(['Efisiensi Kebijakan Publik', 'Public Policy']),
      indicators: [
        indicator('governance.policy.onedata', {
          question: [
            'Sejauh mana kebijakan Satu Data Indonesia dijalankan di daerah (walidata, standar data, portal data)?',
            'How far is the One Data Indonesia policy carried out in the region (data steward, data standards, open data portal)?',
          ],
          levels: [
            ['Data sektoral tersebar dan sering berbeda antar-OPD.', 'Sector data is scattered and often differs between agencies.'],
            ['Walidata sudah ditunjuk dan sebagian data diunggah ke portal data daerah.', 'A data steward has been appointed and some data is on the regional data portal.'],
            ['Ada Perkada Satu Data, Forum Satu Data, daftar data, dan standar metadata yang dipakai seluruh OPD.', 'A regional regulation, a One Data forum, a data inventory and metadata standards are used by every agency.'],
            ['Data prioritas dimutakhirkan otomatis dari sistem OPD melalui interoperabilitas dan dibuka sebagai data terbuka.', 'Priority data is updated automatically from agency systems through interoperability and published as open data.'],
            ['Kualitas data diaudit berkala; pemakaian data oleh publik, akademisi, dan dunia usaha dipantau dan didorong.', 'Data quality is audited regularly; use by the public, academia and business is tracked and encouraged.'],
          ],
          principles: ['integration', 'collaboration', 'sustainability'],
          effort: 'medium',
          owner: 'Diskominfo',
        }),
        indicator('governance.policy.commandcenter', {
          question: [
            'Bagaimana pimpinan daerah memakai data (command center atau dasbor eksekutif) dalam mengambil keputusan?',
            'How do the region\'s leaders use data (a command centre or executive dashboard) to make decisions?',
          ],
          levels: [
            ['Keputusan diambil dari laporan tertulis berkala tanpa data waktu nyata.', 'Decisions rest on periodic written reports without real-time data.'],
            ['Ada ruang command center atau dasbor, tetapi datanya diisi manual dan jarang dipakai.', 'A command centre room or dashboard exists, but its data is entered by hand and rarely used.'],
            ['Command center beroperasi dengan SOP, petugas tetap, dan indikator kunci dari beberapa OPD.', 'The command centre runs on procedures, with permanent staff and key indicators from several agencies.'],
            ['Dasbor menarik data langsung dari sistem OPD (CCTV, pengaduan, layanan, keuangan) dan dipakai dalam rapat pimpinan.', 'The dashboard pulls data directly from agency systems (CCTV, complaints, services, finance) and is used in leadership meetings.'],
            ['Analitik dan peringatan dini mendorong tindakan lintas OPD; dampak keputusan dievaluasi dengan data.', 'Analytics and early warnings trigger cross-agency action; the effect of decisions is evaluated with data.'],
          ],
          principles: ['integration'],
          effort: 'high',
          owner: 'Diskominfo',
        }),
        indicator('governance.policy.participation', {
          question: [
            'Seberapa luas masyarakat dan mitra pentaheliks dilibatkan dalam penyusunan kebijakan dan program?',
            'How widely are citizens and pentahelix partners involved in shaping policies and programmes?',
          ],
          levels: [
            ['Keterlibatan terbatas pada musrenbang yang bersifat formalitas.', 'Involvement is limited to formal development-planning meetings (musrenbang).'],
            ['Sebagian rancangan kebijakan diumumkan dan menerima masukan secara terbatas.', 'Some draft policies are announced and take limited input.'],
            ['Ada mekanisme konsultasi publik yang baku (daring dan luring) dengan akademisi, dunia usaha, komunitas, dan media.', 'A standard public consultation mechanism (online and in person) involves academia, business, communities and media.'],
            ['Masukan publik dicatat, dijawab, dan terlihat pengaruhnya pada dokumen akhir; e-musrenbang terhubung ke perencanaan.', 'Public input is recorded, answered and visibly shapes the final document; e-musrenbang feeds planning.'],
            ['Kebijakan dikembangkan bersama warga (co-creation) dan dievaluasi terbuka bersama mitra pentaheliks.', 'Policies are co-created with citizens and evaluated openly with pentahelix partners.'],
          ],
          principles: ['collaboration'],
          effort: 'low',
          owner: 'Bappeda',
        }),
      ],
    },
  ],
};
