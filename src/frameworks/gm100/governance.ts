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
            'Sejauh mana layanan perizinan dan nonperizinan terpadu dalam Mal Pelayanan Publik (MPP) dan kanal daring?',
            'How far are licensing and non-licensing services joined up in a Public Service Mall (MPP) and online channels?',
          ],
          guidance: [
            'Hitung layanan yang benar-benar dapat diajukan di satu tempat atau satu portal: layanan OPD (DPMPTSP, Disdukcapil), instansi vertikal (kantor pertanahan, Samsat), serta badan dan BUMN/BUMD (BPJS, bank, Perumda Air Minum).',
            'Count services that can truly be applied for in one place or one portal: regional agencies (licensing office, civil registry office), central government offices (land office, vehicle registration), and public bodies and state or regional enterprises (BPJS, banks, the water utility).',
          ],
          levels: [
            ['Layanan masih tersebar di masing-masing OPD; belum ada rencana MPP.', 'Services are still scattered across agencies; there is no plan for a service mall.'],
            ['MPP atau loket terpadu sudah ada, tetapi sebagian besar layanan masih diajukan secara manual.', 'A service mall or joint counter exists, but most services are still applied for on paper.'],
            ['MPP beroperasi dengan SOP baku dan maklumat pelayanan; layanan perizinan utama dapat diajukan secara daring.', 'The service mall runs on standard procedures and a service charter; the main licences can be applied for online.'],
            ['Layanan MPP dan daring terhubung dengan sistem OPD dan sistem nasional (OSS, SIAK Terpusat); waktu dan kepuasan layanan diukur rutin.', 'Mall and online services connect to agency systems and national systems (OSS, the central civil registry system SIAK); service time and satisfaction are measured routinely.'],
            ['Prosedur dipangkas berdasarkan hasil survei kepuasan dan data antrean; sebagian layanan berjalan otomatis dan direplikasi daerah lain.', 'Procedures are cut on the basis of satisfaction surveys and queue data; some services run automatically and have been replicated by other regions.'],
          ],
          actions: [
            ['Menghimpun layanan perizinan dan nonperizinan dalam satu loket terpadu atau MPP bersama DPMPTSP, Disdukcapil, dan instansi vertikal.', 'Bring licensing and non-licensing services together in one joint counter or service mall with the licensing office, the civil registry office and central government offices.'],
            ['Menetapkan SOP dan maklumat pelayanan MPP serta membuka pengajuan daring untuk layanan perizinan utama.', 'Adopt standard procedures and a service charter for the mall and open online applications for the main licences.'],
            ['Menghubungkan layanan MPP dengan OSS, SIAK Terpusat, dan sistem OPD, serta mengukur waktu layanan dan kepuasan secara rutin.', 'Connect the mall\'s services to OSS, the central civil registry system and agency systems, and measure service time and satisfaction routinely.'],
            ['Menganalisis hasil survei kepuasan dan data antrean setiap tahun untuk memangkas prosedur dan mengotomatiskan layanan yang sederhana.', 'Analyse satisfaction surveys and queue data every year to cut procedures and automate simple services.'],
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
            ['Beberapa OPD memiliki aplikasi layanan sendiri-sendiri dengan akun dan tampilan berbeda.', 'Some agencies run their own service apps, each with its own account and look.'],
            ['Ada portal atau super app layanan dengan katalog layanan yang ditetapkan; akun warga tunggal untuk sebagian layanan.', 'A service portal or super app exists with a defined service catalogue; a single citizen account covers part of the services.'],
            ['Sebagian besar layanan terhubung melalui satu akun warga dan berbagi data antar-OPD; status pengajuan dapat dilacak.', 'Most services share one citizen account and exchange data between agencies; applications can be tracked.'],
            ['Layanan dirancang ulang berdasarkan kebutuhan warga (layanan proaktif berbasis peristiwa kehidupan) dan dievaluasi berdasarkan data penggunaan.', 'Services are redesigned around citizen needs (proactive, life-event services) and evaluated on the basis of usage data.'],
          ],
          actions: [
            ['Membuka pengajuan daring untuk layanan yang paling banyak diminta pada OPD yang siap.', 'Open online applications for the most requested services in the agencies that are ready.'],
            ['Menyatukan aplikasi layanan OPD dalam satu portal atau super app dengan katalog layanan yang ditetapkan dan akun warga tunggal.', 'Bring the agencies\' service apps into one portal or super app with a defined service catalogue and a single citizen account.'],
            ['Memperluas akun warga tunggal ke sebagian besar layanan, mengatur pertukaran data antar-OPD, dan menyediakan pelacakan status pengajuan.', 'Extend the single citizen account to most services, arrange data exchange between agencies and offer application tracking.'],
            ['Merancang ulang layanan menjadi paket peristiwa kehidupan (kelahiran, pindah domisili, memulai usaha) berdasarkan data penggunaan.', 'Redesign services as life-event bundles (birth, moving house, starting a business) on the basis of usage data.'],
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
          guidance: [
            'Indikator ini menilai pengelolaan pengaduan. Interaksi warga di kanal resmi dinilai pada society.community.eparticipation; pelibatan dalam penyusunan kebijakan pada governance.policy.participation.',
            'This indicator scores complaint handling. Citizen interaction on official channels is scored in society.community.eparticipation; involvement in policy-making in governance.policy.participation.',
          ],
          levels: [
            ['Pengaduan diterima melalui surat atau media sosial tanpa pencatatan yang tertib.', 'Complaints arrive by letter or social media without orderly records.'],
            ['Daerah terhubung ke SP4N-LAPOR!, tetapi tindak lanjut bergantung pada masing-masing admin OPD.', 'The region is connected to SP4N-LAPOR!, but follow-up depends on each agency\'s administrator.'],
            ['Ada SK pengelola pengaduan dan SOP dengan batas waktu tindak lanjut; semua OPD memiliki admin aktif.', 'A decree appoints complaint handlers and a procedure sets response deadlines; every agency has an active administrator.'],
            ['Semua kanal pengaduan (LAPOR!, media sosial, pusat panggilan) masuk ke satu sistem; waktu respons dan tingkat penyelesaian dilaporkan berkala.', 'All complaint channels (LAPOR!, social media, call centre) feed one system; response time and resolution rate are reported regularly.'],
            ['Pola pengaduan dianalisis untuk memperbaiki kebijakan dan layanan; hasilnya diumumkan kepada publik.', 'Complaint patterns are analysed to improve policy and services, and the results are published.'],
          ],
          actions: [
            ['Menghubungkan daerah ke SP4N-LAPOR! dan menunjuk admin pengaduan di setiap OPD.', 'Connect the region to SP4N-LAPOR! and appoint a complaint administrator in every agency.'],
            ['Menetapkan SK pengelola pengaduan dan SOP tindak lanjut dengan batas waktu, serta memastikan setiap admin OPD aktif.', 'Issue a decree on complaint handlers and a follow-up procedure with deadlines, and make sure every agency administrator is active.'],
            ['Menyatukan semua kanal pengaduan dalam satu sistem dan menerbitkan laporan berkala tentang waktu respons dan tingkat penyelesaian.', 'Bring every complaint channel into one system and publish regular reports on response time and resolution rate.'],
            ['Menganalisis pola pengaduan setiap semester, menindaklanjutinya dengan perbaikan kebijakan dan layanan, serta mengumumkan hasilnya.', 'Analyse complaint patterns every half-year, follow them up with policy and service improvements and publish the results.'],
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
            ['Persuratan masih menggunakan kertas; arsip tersimpan di masing-masing bagian.', 'Correspondence is on paper; archives sit in each unit.'],
            ['Aplikasi e-office dipakai sebagian OPD, tetapi surat tetap dicetak untuk ditandatangani.', 'Some agencies use an e-office app, but letters are still printed for signing.'],
            ['E-office dan TTE (sertifikat BSrE) ditetapkan dengan peraturan kepala daerah dan dipakai di seluruh OPD.', 'E-office and electronic signatures (BSrE certificates) are set by a regional head regulation and used in every agency.'],
            ['E-office terhubung dengan kearsipan elektronik (SRIKANDI) dan sistem kepegawaian; waktu disposisi terukur.', 'E-office is linked to electronic archiving (SRIKANDI) and HR systems; routing times are measured.'],
            ['Alur kerja terus disederhanakan berdasarkan data penggunaan; hampir seluruh proses administrasi tanpa kertas.', 'Workflows are continually simplified on the basis of usage data; nearly all administration is paperless.'],
          ],
          actions: [
            ['Memakai aplikasi e-office di OPD perintis untuk surat masuk, disposisi, dan surat keluar.', 'Use an e-office app in pilot agencies for incoming letters, routing and outgoing letters.'],
            ['Menetapkan Perkada naskah dinas elektronik, menerbitkan sertifikat TTE dari BSrE bagi pejabat, dan memperluas e-office ke seluruh OPD.', 'Adopt a regional head regulation on electronic official documents, obtain BSrE electronic-signature certificates for officials and extend e-office to every agency.'],
            ['Menghubungkan e-office dengan SRIKANDI dan sistem kepegawaian serta mengukur waktu disposisi.', 'Connect e-office to SRIKANDI and the HR systems and measure routing times.'],
            ['Meninjau alur kerja setiap tahun berdasarkan data penggunaan dan menghapus tahapan cetak yang tersisa.', 'Review workflows every year on the basis of usage data and remove the remaining printing steps.'],
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
          guidance: [
            'SIPD wajib bagi seluruh pemerintah daerah (Permendagri 70/2019); level 1 menggambarkan pemakaian SIPD sebatas kewajiban, bukan ketiadaan sistem.',
            'SIPD is compulsory for every regional government (Permendagri 70/2019); level 1 describes SIPD used only as far as required, not the absence of a system.',
          ],
          levels: [
            ['SIPD diisi sebatas kewajiban pelaporan; perencanaan dan penganggaran tetap disusun dengan lembar kerja terpisah di tiap OPD.', 'SIPD is filled in only as far as reporting requires; planning and budgeting are still prepared in separate spreadsheets in each agency.'],
            ['SIPD dipakai untuk menyusun perencanaan dan penganggaran, dan pengadaan melalui SPSE/LPSE, tetapi laporan kinerja instansi dihimpun manual.', 'SIPD is used to prepare plans and budgets and procurement runs through the e-procurement system, but the government\'s performance reports are compiled by hand.'],
            ['E-planning, e-budgeting, e-procurement, dan sistem akuntabilitas kinerja (e-SAKIP) berjalan dengan SOP dan penanggung jawab yang jelas.', 'E-planning, e-budgeting, e-procurement and the performance accountability system (e-SAKIP) run with procedures and clear owners.'],
            ['Sistem-sistem tersebut saling bertukar data sehingga program, anggaran, dan capaian kinerja dapat ditelusuri dalam satu dasbor.', 'The systems exchange data so that programmes, budgets and results can be traced in one dashboard.'],
            ['Data realisasi dan capaian dipakai setiap tahun sebagai dasar realokasi anggaran berbasis kinerja.', 'Spending and results data are the basis of performance-based reallocation every year.'],
          ],
          actions: [
            ['Menyusun perencanaan dan penganggaran seluruh OPD langsung di SIPD dan melaksanakan pengadaan melalui SPSE.', 'Prepare every agency\'s plans and budgets directly in SIPD and run procurement through the e-procurement system.'],
            ['Menerapkan e-SAKIP dan menetapkan SOP serta penanggung jawab untuk setiap sistem perencanaan, penganggaran, pengadaan, dan akuntabilitas kinerja.', 'Introduce e-SAKIP and set procedures and owners for each planning, budgeting, procurement and performance-accountability system.'],
            ['Menghubungkan data SIPD, pengadaan, dan e-SAKIP dalam satu dasbor yang menelusuri program, anggaran, dan capaian.', 'Join SIPD, procurement and e-SAKIP data in one dashboard that traces programmes, budgets and results.'],
            ['Menjadikan data realisasi dan capaian bahan wajib pembahasan KUA-PPAS untuk realokasi anggaran berbasis kinerja.', 'Make spending and results data a required input to the budget-policy talks (KUA-PPAS) for performance-based reallocation.'],
          ],
          principles: ['integration', 'sustainability'],
          effort: 'high',
          owner: 'Bappeda',
        }),
        indicator('governance.bureaucracy.hr', {
          question: [
            'Bagaimana manajemen ASN (data kepegawaian, kinerja, dan Tambahan Penghasilan Pegawai) didukung sistem informasi?',
            'How is civil-servant management (staff records, performance and the regional allowance TPP) supported by information systems?',
          ],
          guidance: [
            'Indikator ini menilai sistem manajemen ASN. Kecukupan SDM TIK dan talenta digital dinilai pada structure.people.',
            'This indicator scores civil-servant management systems. ICT staff and digital talent are scored in structure.people.',
          ],
          levels: [
            ['Data pegawai tersimpan dalam berkas dan lembar kerja.', 'Staff records are kept in files and spreadsheets.'],
            ['Data pegawai sudah di SIASN/SIMPEG, tetapi penilaian kinerja masih manual.', 'Staff records are in SIASN/SIMPEG, but performance appraisal is manual.'],
            ['E-kinerja dipakai seluruh ASN dan menjadi dasar penghitungan Tambahan Penghasilan Pegawai (TPP) sesuai Perkada.', 'Every civil servant uses e-performance, and it is the basis for the regional allowance (Tambahan Penghasilan Pegawai, TPP) under the regional head regulation.'],
            ['Data kepegawaian, kinerja, dan TPP terpadu dan dipakai dalam mutasi dan promosi berbasis sistem merit.', 'Staff, performance and allowance data are joined and used for transfers and promotions under the merit system.'],
            ['Data kepegawaian dipakai untuk perencanaan kebutuhan ASN, dan penilaian penerapan sistem merit daerah berkategori baik atau lebih tinggi.', 'Staff data is used to plan civil-service needs, and the assessment of the region\'s merit system rates it good or higher.'],
          ],
          actions: [
            ['Memindahkan data pegawai ke SIASN/SIMPEG dan memutakhirkannya.', 'Move staff records into SIASN/SIMPEG and bring them up to date.'],
            ['Menerapkan e-kinerja bagi seluruh ASN dan mengaitkannya dengan penghitungan TPP dalam Perkada.', 'Introduce e-performance for every civil servant and tie it to the TPP calculation in the regional head regulation.'],
            ['Memadukan data kepegawaian, kinerja, dan TPP serta memakainya dalam keputusan mutasi dan promosi.', 'Join staff, performance and allowance data and use it in transfer and promotion decisions.'],
            ['Menyusun perencanaan kebutuhan ASN berdasarkan data kepegawaian dan menindaklanjuti hasil penilaian sistem merit.', 'Plan civil-service needs on the basis of staff data and act on the findings of the merit-system assessment.'],
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
            ['Data prioritas dimutakhirkan otomatis dari sistem OPD dan diterbitkan sebagai data terbuka.', 'Priority data is updated automatically from agency systems and published as open data.'],
            ['Kualitas data diaudit berkala; pemakaian data oleh publik, akademisi, dan dunia usaha dipantau dan didorong.', 'Data quality is audited regularly; use by the public, academia and business is tracked and encouraged.'],
          ],
          actions: [
            ['Menunjuk walidata dan produsen data di setiap OPD dan mengunggah data sektoral pertama ke portal data daerah.', 'Appoint the data steward and data producers in every agency and upload the first sector data to the regional data portal.'],
            ['Menetapkan Perkada Satu Data, membentuk Forum Satu Data, serta menyusun daftar data dan standar metadata.', 'Adopt a regional One Data regulation, form the One Data forum, and draw up the data inventory and metadata standards.'],
            ['Mengotomatiskan pemutakhiran data prioritas dari sistem OPD dan menerbitkannya sebagai data terbuka.', 'Automate updates of priority data from agency systems and publish it as open data.'],
            ['Mengaudit kualitas data setiap tahun dan menyelenggarakan program pemanfaatan data bersama kampus, dunia usaha, dan komunitas.', 'Audit data quality every year and run data-use programmes with campuses, business and communities.'],
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
          guidance: [
            'Keterhubungan sistem sektoral (lalu lintas, 112, kebencanaan, CCTV) dengan command center dinilai hanya di indikator ini.',
            'Whether sector systems (traffic, 112, disaster warning, CCTV) feed the command centre is scored only in this indicator.',
          ],
          levels: [
            ['Keputusan diambil berdasarkan laporan tertulis berkala tanpa data waktu nyata.', 'Decisions rest on periodic written reports without real-time data.'],
            ['Ada ruang command center atau dasbor, tetapi datanya diisi manual dan jarang dipakai.', 'A command centre room or dashboard exists, but its data is entered by hand and rarely used.'],
            ['Command center beroperasi dengan SOP, petugas tetap, dan indikator kunci dari beberapa OPD.', 'The command centre runs on procedures, with permanent staff and key indicators from several agencies.'],
            ['Dasbor menarik data langsung dari sistem OPD (lalu lintas, 112, kebencanaan, CCTV, pengaduan, keuangan) dan dipakai dalam rapat pimpinan.', 'The dashboard pulls data directly from agency systems (traffic, 112, disaster warning, CCTV, complaints, finance) and is used in leadership meetings.'],
            ['Analitik dan peringatan dini mendorong tindakan lintas OPD; dampak keputusan dievaluasi dengan data.', 'Analytics and early warnings trigger cross-agency action; the effect of decisions is evaluated with data.'],
          ],
          actions: [
            ['Menyusun dasbor eksekutif berisi indikator kunci daerah untuk rapat pimpinan.', 'Build an executive dashboard of the region\'s key indicators for leadership meetings.'],
            ['Menetapkan SOP command center, menempatkan petugas tetap, dan menyepakati indikator kunci dengan OPD.', 'Adopt command-centre procedures, assign permanent staff and agree key indicators with the agencies.'],
            ['Menghubungkan sistem OPD (lalu lintas, 112, kebencanaan, CCTV, pengaduan, keuangan) ke dasbor dan memakainya dalam rapat pimpinan.', 'Connect agency systems (traffic, 112, disaster warning, CCTV, complaints, finance) to the dashboard and use it in leadership meetings.'],
            ['Menyusun aturan peringatan dini lintas OPD dan mengevaluasi dampak keputusan berdasarkan data.', 'Define cross-agency early-warning rules and evaluate the effect of decisions on the basis of data.'],
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
            ['Kebijakan disusun bersama warga (kokreasi) dan dievaluasi secara terbuka bersama mitra pentaheliks.', 'Policies are co-created with citizens and evaluated openly with pentahelix partners.'],
          ],
          actions: [
            ['Mengumumkan rancangan kebijakan utama dan membuka kanal masukan publik.', 'Announce the main draft policies and open a channel for public input.'],
            ['Menetapkan pedoman konsultasi publik daring dan luring yang melibatkan akademisi, dunia usaha, komunitas, dan media.', 'Adopt guidelines for online and in-person public consultation involving academia, business, communities and media.'],
            ['Mencatat dan menjawab setiap masukan publik, menunjukkan pengaruhnya pada dokumen akhir, dan menghubungkan e-musrenbang ke perencanaan.', 'Record and answer every public comment, show its effect on the final document and connect e-musrenbang to planning.'],
            ['Menyelenggarakan kokreasi kebijakan bersama warga dan mengevaluasi kebijakan secara terbuka bersama mitra pentaheliks.', 'Hold policy co-creation with citizens and evaluate policies openly with pentahelix partners.'],
          ],
          principles: ['collaboration'],
          effort: 'low',
          owner: 'Bappeda',
        }),
      ],
    },
  ],
};
