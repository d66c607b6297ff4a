import type { Element } from '../../schema/framework.js';
import { indicator, text } from './build.js';

export const economy: Element = {
  id: 'economy',
  name: text(['Smart Economy', 'Smart Economy']),
  description: text([
    'Ekonomi daerah yang berdaya saing: ekosistem industri dan UMKM, kesejahteraan rakyat, dan transaksi keuangan.',
    'A competitive regional economy: industry and MSMEs, public welfare and financial transactions.',
  ]),
  subElements: [
    {
      id: 'economy.industry',
      name: text(['Ekosistem Industri yang Berdaya Saing', 'Industry']),
      indicators: [
        indicator('economy.industry.msmedigital', {
          question: [
            'Berapa banyak UMKM yang sudah masuk ekosistem digital (pemasaran, pencatatan, pembayaran) dengan pendampingan daerah?',
            'How many MSMEs have joined the digital ecosystem (marketing, bookkeeping, payments) with the region\'s support?',
          ],
          guidance: [
            'Pendampingan UMKM dinilai hanya di indikator ini; merek produk unggulan pada branding.business.products, e-katalog lokal pada economy.industry.localprocurement.',
            'MSME coaching is scored only in this indicator; flagship-product branding in branding.business.products, the local e-catalogue in economy.industry.localprocurement.',
          ],
          levels: [
            ['Belum ada data UMKM yang memadai.', 'There is no adequate MSME data.'],
            ['Data UMKM sudah dihimpun; pelatihan digital dilakukan sesekali.', 'MSME data has been gathered; digital training happens now and then.'],
            ['Ada program UMKM go digital dengan target tahunan dan basis data UMKM yang dimutakhirkan.', 'An MSME go-digital programme has annual targets and an updated MSME database.'],
            ['Program dijalankan bersama lokapasar, perbankan, dan perguruan tinggi; omzet dan keaktifan UMKM digital diukur.', 'The programme runs with marketplaces, banks and universities; the turnover and activity of digital MSMEs are measured.'],
            ['Porsi UMKM binaan yang aktif berjualan atau bertransaksi digital mencapai target daerah, dan program diperbaiki tiap tahun berdasarkan data kinerja UMKM.', 'The share of coached MSMEs actively selling or transacting digitally meets the regional target, and the programme is improved every year on the basis of MSME performance data.'],
          ],
          actions: [
            ['Mendata UMKM menurut sektor dan wilayah serta menyelenggarakan pelatihan digital awal.', 'Register MSMEs by sector and area and hold introductory digital training.'],
            ['Menyusun program UMKM go digital dengan target tahunan dan memutakhirkan basis data UMKM secara berkala.', 'Set up an MSME go-digital programme with annual targets and update the MSME database regularly.'],
            ['Menjalankan pendampingan bersama lokapasar, perbankan, dan perguruan tinggi serta mengukur omzet dan keaktifan UMKM binaan.', 'Run the coaching with marketplaces, banks and universities and measure the turnover and activity of coached MSMEs.'],
            ['Menetapkan target porsi UMKM aktif digital dan memperbaiki program setiap tahun berdasarkan data kinerja UMKM.', 'Set a target share of digitally active MSMEs and improve the programme every year on the basis of MSME performance data.'],
          ],
          principles: ['collaboration', 'sustainability'],
          effort: 'low',
          owner: 'Dinas Koperasi dan UMKM',
        }),
        indicator('economy.industry.cluster', {
          question: [
            'Sejauh mana sektor atau klaster industri unggulan daerah dikembangkan dengan dukungan teknologi?',
            'How far are the region\'s leading industries or clusters developed with technology support?',
          ],
          levels: [
            ['Sektor unggulan belum ditetapkan.', 'Leading sectors have not been defined.'],
            ['Sektor unggulan disebut dalam dokumen perencanaan tanpa program khusus.', 'Leading sectors are named in planning documents without specific programmes.'],
            ['Ada peta jalan klaster industri dengan program peningkatan teknologi dan mutu.', 'An industry-cluster roadmap includes technology and quality programmes.'],
            ['Klaster terhubung dengan perguruan tinggi, rantai pasok, dan data produksi; produktivitas diukur.', 'Clusters are linked to universities, supply chains and production data; productivity is measured.'],
            ['Produktivitas dan nilai tambah klaster naik terukur dari tahun ke tahun, dan peta jalan diperbarui berdasarkan data tersebut.', 'Cluster productivity and value added rise measurably year on year, and the roadmap is updated on the basis of that data.'],
          ],
          actions: [
            ['Menetapkan sektor unggulan daerah berdasarkan kajian potensi ekonomi.', 'Define the region\'s leading sectors on the basis of an economic-potential study.'],
            ['Menyusun peta jalan klaster industri dengan program peningkatan teknologi dan mutu.', 'Draw up an industry-cluster roadmap with technology and quality programmes.'],
            ['Menghubungkan klaster dengan perguruan tinggi dan rantai pasok serta menghimpun data produksi untuk mengukur produktivitas.', 'Link clusters with universities and supply chains and gather production data to measure productivity.'],
            ['Mengukur nilai tambah klaster setiap tahun dan memperbarui peta jalan berdasarkan hasilnya.', 'Measure cluster value added every year and update the roadmap on the basis of the results.'],
          ],
          principles: ['collaboration', 'integration'],
          effort: 'high',
          owner: 'Dinas Perindustrian',
        }),
        indicator('economy.industry.localprocurement', {
          question: [
            'Seberapa besar belanja pemerintah daerah yang menyerap produk lokal melalui e-katalog lokal?',
            'How much of the regional government\'s spending buys local products through the local e-catalogue?',
          ],
          levels: [
            ['Belanja produk lokal tidak dicatat.', 'Spending on local products is not recorded.'],
            ['Ada imbauan belanja produk lokal tanpa mekanisme pengadaan khusus.', 'Agencies are urged to buy local, without a procurement mechanism.'],
            ['E-katalog lokal ditetapkan dan produk penyedia lokal ditayangkan di dalamnya.', 'A local e-catalogue is in place and local suppliers\' products are listed in it.'],
            ['Porsi belanja produk lokal ditargetkan dan dipantau per OPD melalui sistem pengadaan.', 'The local-product share of spending is targeted and tracked per agency through the procurement system.'],
            ['Target porsi belanja lokal tercapai dan dievaluasi untuk memperluas pemasok lokal.', 'The local-spending target is met and reviewed to widen the local supplier base.'],
          ],
          actions: [
            ['Menerbitkan surat edaran belanja produk lokal dan mencatat belanja produk lokal per OPD.', 'Issue a circular on buying local and record local-product spending per agency.'],
            ['Menetapkan e-katalog lokal dan menayangkan produk penyedia lokal di dalamnya.', 'Set up the local e-catalogue and list local suppliers\' products in it.'],
            ['Menetapkan target porsi belanja produk lokal per OPD dan memantaunya melalui sistem pengadaan.', 'Set a local-product spending target per agency and track it through the procurement system.'],
            ['Mengevaluasi capaian target setiap tahun dan menambah jenis produk serta penyedia lokal dalam katalog.', 'Evaluate the target every year and add product types and local suppliers to the catalogue.'],
          ],
          principles: ['integration', 'sustainability'],
          effort: 'low',
          owner: 'Bagian Pengadaan Barang dan Jasa',
        }),
      ],
    },
    {
      id: 'economy.welfare',
      name: text(['Peningkatan Kesejahteraan Rakyat', 'Welfare']),
      indicators: [
        indicator('economy.welfare.socialdata', {
          question: [
            'Bagaimana data penerima bantuan sosial dikelola agar tepat sasaran?',
            'How is social assistance recipient data managed so that aid reaches the right people?',
          ],
          levels: [
            ['Data penerima bantuan berbeda-beda di tiap program.', 'Each aid programme keeps its own recipient list.'],
            ['Data mengacu pada DTKS/DTSEN, tetapi verifikasi lapangan belum teratur.', 'Data follows the national social registry (DTKS/DTSEN), but field verification is irregular.'],
            ['Pemutakhiran data berkala ditetapkan dengan SOP dan melibatkan desa/kelurahan.', 'Regular updates follow a procedure and involve villages and urban wards.'],
            ['Data sosial terhubung dengan data kependudukan dan program bantuan OPD lain sehingga tumpang tindih dapat dicegah.', 'Social data is linked with civil registry data and other agencies\' aid so that overlaps are prevented.'],
            ['Ketepatan sasaran diaudit dan hasilnya dipakai untuk merancang program pengentasan kemiskinan.', 'Targeting accuracy is audited and used to design poverty-reduction programmes.'],
          ],
          actions: [
            ['Menyelaraskan data penerima semua program bantuan daerah dengan DTKS/DTSEN.', 'Align the recipient lists of every regional aid programme with the national social registry.'],
            ['Menetapkan SOP pemutakhiran data berkala yang melibatkan desa/kelurahan.', 'Adopt a procedure for regular data updates involving villages and urban wards.'],
            ['Menghubungkan data sosial dengan data kependudukan Disdukcapil dan data bantuan OPD lain untuk mencegah tumpang tindih.', 'Link social data with the civil registry office\'s population data and other agencies\' aid data to prevent overlaps.'],
            ['Mengaudit ketepatan sasaran setiap tahun dan memakai hasilnya dalam perancangan program pengentasan kemiskinan.', 'Audit targeting accuracy every year and use the results to design poverty-reduction programmes.'],
          ],
          principles: ['integration', 'sustainability'],
          effort: 'medium',
          owner: 'Dinas Sosial',
        }),
        indicator('economy.welfare.jobs', {
          question: [
            'Bagaimana informasi pasar kerja dan layanan penempatan kerja disediakan bagi pencari kerja?',
            'How are labour-market information and job-placement services provided to job seekers?',
          ],
          guidance: [
            'Pelatihan keterampilan dan vokasi dinilai pada society.learning.skills.',
            'Skills and vocational training is scored in society.learning.skills.',
          ],
          levels: [
            ['Informasi lowongan hanya tersedia di papan pengumuman kantor.', 'Vacancies are only posted on office notice boards.'],
            ['Ada bursa kerja yang diselenggarakan sesekali.', 'Job fairs are held occasionally.'],
            ['Bursa kerja daring memuat lowongan dan pencari kerja dengan pemutakhiran rutin.', 'An online job exchange lists vacancies and job seekers with routine updates.'],
            ['Bursa kerja terhubung dengan industri dan SIAPkerja; penempatan kerja terukur.', 'The job exchange is linked to industry and the national SIAPkerja system; placements are measured.'],
            ['Data lowongan dan penempatan dianalisis setiap tahun untuk memetakan kebutuhan tenaga kerja, dan tingkat penempatan naik terukur.', 'Vacancy and placement data is analysed every year to map labour needs, and the placement rate rises measurably.'],
          ],
          actions: [
            ['Menyelenggarakan bursa kerja bersama perusahaan di daerah.', 'Hold job fairs with the region\'s employers.'],
            ['Membangun bursa kerja daring yang memuat lowongan dan pencari kerja dengan pemutakhiran rutin.', 'Build an online job exchange listing vacancies and job seekers with routine updates.'],
            ['Menghubungkan bursa kerja dengan SIAPkerja dan perusahaan serta mencatat penempatan kerja.', 'Connect the job exchange to SIAPkerja and employers and record placements.'],
            ['Menganalisis data lowongan dan penempatan setiap tahun dan menyampaikan peta kebutuhan tenaga kerja kepada penyelenggara pelatihan.', 'Analyse vacancy and placement data every year and share the map of labour needs with training providers.'],
          ],
          principles: ['integration', 'collaboration'],
          effort: 'medium',
          owner: 'Dinas Tenaga Kerja',
        }),
        indicator('economy.welfare.foodprices', {
          question: [
            'Sejauh mana harga dan pasokan bahan pokok dipantau untuk pengendalian inflasi daerah?',
            'How far are staple-food prices and supplies monitored to control regional inflation?',
          ],
          levels: [
            ['Harga dicatat sesekali saat terjadi gejolak.', 'Prices are recorded only when they spike.'],
            ['Harga di pasar utama dicatat rutin secara manual.', 'Prices in the main markets are recorded routinely by hand.'],
            ['Informasi harga harian dipublikasikan dan TPID memiliki rencana kerja pengendalian inflasi.', 'Daily prices are published and the regional inflation control team (TPID) has a work plan.'],
            ['Data harga, stok, dan distribusi terhubung dengan sistem provinsi/nasional dan memicu tindakan (operasi pasar).', 'Price, stock and distribution data connects to provincial and national systems and triggers action (market operations).'],
            ['Pola harga dianalisis untuk kebijakan pasokan jangka panjang bersama pelaku usaha dan petani.', 'Price patterns are analysed for long-term supply policy with traders and farmers.'],
          ],
          actions: [
            ['Menugaskan petugas pencatat harga harian di pasar utama.', 'Assign staff to record daily prices in the main markets.'],
            ['Mempublikasikan harga harian dan menyusun rencana kerja TPID.', 'Publish daily prices and draw up the inflation control team\'s work plan.'],
            ['Menghubungkan data harga, stok, dan distribusi dengan sistem provinsi dan nasional serta menetapkan ambang pemicu operasi pasar.', 'Connect price, stock and distribution data to provincial and national systems and set the thresholds that trigger market operations.'],
            ['Menganalisis pola harga tahunan dan menyepakati kebijakan pasokan bersama pelaku usaha dan petani.', 'Analyse yearly price patterns and agree supply policy with traders and farmers.'],
          ],
          principles: ['integration', 'collaboration'],
          effort: 'low',
          owner: 'Dinas Perdagangan',
        }),
      ],
    },
    {
      id: 'economy.transaction',
      name: text(['Ekosistem Transaksi Keuangan', 'Transaction']),
      indicators: [
        indicator('economy.transaction.qris', {
          question: [
            'Seberapa luas pembayaran nontunai (QRIS) dipakai oleh pedagang pasar dan UMKM?',
            'How widely are cashless payments (QRIS) used by market traders and MSMEs?',
          ],
          guidance: [
            'Indikator ini menilai transaksi masyarakat. Pembayaran pajak dan retribusi daerah dinilai pada economy.transaction.etpd.',
            'This indicator scores transactions among citizens and businesses. Payment of regional taxes and fees is scored in economy.transaction.etpd.',
          ],
          levels: [
            ['Transaksi di pasar dan UMKM hampir seluruhnya tunai.', 'Transactions in markets and MSMEs are almost all in cash.'],
            ['Sebagian pedagang menerima QRIS secara sukarela.', 'Some traders accept QRIS voluntarily.'],
            ['Ada program pasar dan UMKM QRIS bersama Bank Indonesia dan perbankan dengan target cakupan.', 'A QRIS market and MSME programme with Bank Indonesia and banks has coverage targets.'],
            ['Porsi pedagang yang menerima QRIS diukur per pasar dan sentra UMKM, dan pedagang yang belum menerima didampingi.', 'The share of traders accepting QRIS is measured per market and MSME centre, and traders who do not yet accept it are assisted.'],
            ['Target cakupan QRIS di pasar dan sentra UMKM tercapai; data transaksi agregat dari perbankan dipakai untuk kebijakan ekonomi lokal.', 'The QRIS coverage target in markets and MSME centres is met; aggregate transaction data from banks informs local economic policy.'],
          ],
          actions: [
            ['Mengajak pedagang pasar dan UMKM mendaftar QRIS bersama perbankan.', 'Encourage market traders and MSMEs to sign up for QRIS with banks.'],
            ['Menyusun program pasar dan UMKM QRIS bersama Bank Indonesia dan perbankan dengan target cakupan.', 'Set up a QRIS market and MSME programme with Bank Indonesia and banks, with coverage targets.'],
            ['Mengukur porsi pedagang penerima QRIS per pasar dan sentra UMKM serta mendampingi yang belum menerima.', 'Measure the share of traders accepting QRIS per market and MSME centre and assist those who do not yet accept it.'],
            ['Meminta data transaksi agregat dari perbankan dan memakainya dalam kebijakan ekonomi lokal.', 'Obtain aggregate transaction data from banks and use it in local economic policy.'],
          ],
          principles: ['collaboration', 'integration'],
          effort: 'low',
          owner: 'Dinas Perdagangan',
        }),
        indicator('economy.transaction.etpd', {
          question: [
            'Bagaimana tingkat elektronifikasi transaksi pemerintah daerah (pajak, retribusi, belanja)?',
            'How far are regional government transactions (taxes, fees, spending) electronified?',
          ],
          guidance: [
            'Rujuk hasil Indeks ETPD dari TP2DD dan Satgas P2DD. Hampir 90 % pemerintah daerah telah berkategori Digital (semester I 2024), sehingga level 4–5 menilai cakupan kanal dan porsi penerimaan nontunai, bukan kategori indeks.',
            'Refer to the ETPD index results of the TP2DD and the P2DD task force. Nearly 90 % of regional governments already rate Digital (first half of 2024), so levels 4–5 score the coverage of channels and the cashless share of revenue, not the index category.',
          ],
          levels: [
            ['Pajak dan retribusi dibayar tunai di loket; TP2DD belum dibentuk.', 'Taxes and fees are paid in cash at counters; no acceleration team (TP2DD) has been formed.'],
            ['TP2DD dibentuk dengan keputusan kepala daerah; sebagian pajak daerah dapat dibayar melalui bank atau kanal elektronik.', 'The acceleration team (TP2DD) is formed by decree; some regional taxes can be paid through banks or electronic channels.'],
            ['Indeks ETPD berkategori Digital; pajak daerah utama dan belanja daerah diproses nontunai.', 'The ETPD index rates the region Digital; the main regional taxes and regional spending are processed cashlessly.'],
            ['Seluruh jenis pajak dan retribusi daerah, termasuk retribusi pasar dan parkir, dapat dibayar melalui kanal elektronik dan tercatat langsung di kas daerah; porsi penerimaan nontunai dilaporkan per jenis.', 'Every regional tax and fee, market and parking fees included, can be paid through electronic channels and posts straight to the regional treasury; the cashless share of revenue is reported per type.'],
            ['Porsi penerimaan nontunai mencapai target yang ditetapkan TP2DD, rekonsiliasi kas berjalan harian secara otomatis, dan kanal diperluas berdasarkan hasil evaluasi.', 'The cashless share of revenue meets the target the TP2DD has set, treasury reconciliation runs daily and automatically, and channels are extended on the basis of evaluations.'],
          ],
          actions: [
            ['Membentuk TP2DD dengan keputusan kepala daerah dan membuka pembayaran pajak daerah melalui bank.', 'Form the TP2DD by decree and open payment of regional taxes through banks.'],
            ['Menjalankan rencana aksi TP2DD hingga pajak utama dan belanja daerah diproses nontunai dan Indeks ETPD berkategori Digital.', 'Carry out the TP2DD action plan until the main taxes and regional spending are processed cashlessly and the ETPD index rates the region Digital.'],
            ['Membuka kanal elektronik untuk seluruh jenis pajak dan retribusi, termasuk pasar dan parkir, yang tercatat langsung di kas daerah, dan melaporkan porsi nontunai per jenis.', 'Open electronic channels for every tax and fee, market and parking fees included, posting straight to the regional treasury, and report the cashless share per type.'],
            ['Menetapkan target porsi penerimaan nontunai, mengotomatiskan rekonsiliasi harian, dan memperluas kanal berdasarkan evaluasi.', 'Set a target for the cashless share of revenue, automate daily reconciliation and extend channels on the basis of evaluations.'],
          ],
          principles: ['integration', 'sustainability'],
          effort: 'medium',
          owner: 'Badan Pendapatan Daerah',
        }),
        indicator('economy.transaction.literacy', {
          question: [
            'Apa yang dilakukan daerah untuk literasi dan inklusi keuangan masyarakat?',
            'What does the region do for public financial literacy and inclusion?',
          ],
          levels: [
            ['Belum ada kegiatan literasi keuangan.', 'There are no financial-literacy activities.'],
            ['Sosialisasi keuangan dilakukan sesekali oleh lembaga keuangan.', 'Financial institutions give occasional awareness sessions.'],
            ['TPAKD dibentuk dengan program kerja tahunan yang menyasar UMKM, pelajar, dan perempuan.', 'The regional financial access team (TPAKD) runs an annual programme for MSMEs, students and women.'],
            ['Program dijalankan bersama OJK, perbankan, dan komunitas; tingkat inklusi keuangan diukur.', 'The programme runs with the financial services authority (OJK), banks and communities; inclusion is measured.'],
            ['Tingkat inklusi keuangan naik terukur dan program diperbarui berdasarkan hasil evaluasi.', 'Financial inclusion rises measurably and the programme is renewed on the basis of evaluations.'],
          ],
          actions: [
            ['Menyelenggarakan sosialisasi keuangan bersama lembaga keuangan.', 'Hold financial-awareness sessions with financial institutions.'],
            ['Membentuk TPAKD dengan program kerja tahunan bagi UMKM, pelajar, dan perempuan.', 'Form the regional financial access team (TPAKD) with an annual programme for MSMEs, students and women.'],
            ['Menjalankan program bersama OJK, perbankan, dan komunitas serta mengukur tingkat inklusi keuangan.', 'Run the programme with OJK, banks and communities and measure financial inclusion.'],
            ['Mengevaluasi program setiap tahun dan memperbaruinya berdasarkan hasil pengukuran inklusi keuangan.', 'Evaluate the programme every year and renew it on the basis of the inclusion measurements.'],
          ],
          principles: ['collaboration', 'sustainability'],
          effort: 'low',
          owner: 'Bagian Perekonomian',
        }),
      ],
    },
  ],
};
