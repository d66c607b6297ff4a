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
          levels: [
            ['Belum ada data UMKM yang memadai.', 'There is no adequate MSME data.'],
            ['Data UMKM sudah dihimpun; pelatihan digital dilakukan sesekali.', 'MSME data has been gathered; digital training happens now and then.'],
            ['Ada program UMKM go digital dengan target tahunan dan basis data UMKM yang dimutakhirkan.', 'An MSME go-digital programme has annual targets and an updated MSME database.'],
            ['Program dijalankan bersama lokapasar, perbankan, dan perguruan tinggi; omzet dan keaktifan UMKM digital diukur.', 'The programme runs with marketplaces, banks and universities; the turnover and activity of digital MSMEs are measured.'],
            ['Mayoritas UMKM aktif secara digital dan program diperbaiki tiap tahun dari data kinerja UMKM.', 'Most MSMEs are digitally active and the programme improves every year from MSME performance data.'],
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
            ['Klaster berinovasi berkelanjutan dan meningkatkan nilai tambah serta ekspor daerah.', 'Clusters innovate continuously and raise the region\'s value added and exports.'],
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
            ['E-katalog lokal ditetapkan dan UMKM dibina untuk masuk katalog.', 'A local e-catalogue is in place and MSMEs are coached to join it.'],
            ['Porsi belanja produk lokal ditargetkan dan dipantau per OPD melalui sistem pengadaan.', 'The local-product share of spending is targeted and tracked per agency through the procurement system.'],
            ['Target porsi belanja lokal tercapai dan dievaluasi untuk memperluas pemasok lokal.', 'The local-spending target is met and reviewed to widen the local supplier base.'],
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
            ['Data mengacu pada DTKS/DTSEN, tetapi verifikasi lapangan belum teratur.', 'Data follows the national social registry, but field verification is irregular.'],
            ['Pemutakhiran data berkala ditetapkan dengan SOP dan melibatkan desa/kelurahan.', 'Regular updates follow a procedure and involve villages and urban wards.'],
            ['Data sosial terhubung dengan data kependudukan dan program bantuan OPD lain sehingga tumpang tindih dapat dicegah.', 'Social data is linked with civil registry data and other agencies\' aid so that overlaps are prevented.'],
            ['Ketepatan sasaran diaudit dan hasilnya dipakai untuk merancang program pengentasan kemiskinan.', 'Targeting accuracy is audited and used to design poverty-reduction programmes.'],
          ],
          principles: ['integration', 'sustainability'],
          effort: 'medium',
          owner: 'Dinas Sosial',
        }),
        indicator('economy.welfare.jobs', {
          question: [
            'Bagaimana informasi pasar kerja dan pelatihan kerja disediakan bagi pencari kerja?',
            'How are labour-market information and job training provided to job seekers?',
          ],
          levels: [
            ['Informasi lowongan hanya tersedia di papan pengumuman kantor.', 'Vacancies are only posted on office notice boards.'],
            ['Ada bursa kerja yang diselenggarakan sesekali.', 'Job fairs are held occasionally.'],
            ['Bursa kerja daring memuat lowongan dan pencari kerja dengan pemutakhiran rutin.', 'An online job exchange lists vacancies and job seekers with routine updates.'],
            ['Bursa kerja terhubung dengan pelatihan vokasi (BLK), industri, dan SIAPkerja; penempatan kerja terukur.', 'The job exchange is linked to vocational training, industry and the national SIAPkerja system; placements are measured.'],
            ['Program pelatihan disusun dari analisis kebutuhan industri dan tingkat penempatan terus meningkat.', 'Training is planned from industry-needs analysis and placement rates keep rising.'],
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
            ['Informasi harga harian dipublikasikan dan TPID memiliki rencana kerja pengendalian inflasi.', 'Daily prices are published and the inflation control team has a work plan.'],
            ['Data harga, stok, dan distribusi terhubung dengan sistem provinsi/nasional dan memicu tindakan (operasi pasar).', 'Price, stock and distribution data connects to provincial and national systems and triggers action (market operations).'],
            ['Pola harga dianalisis untuk kebijakan pasokan jangka panjang bersama pelaku usaha dan petani.', 'Price patterns are analysed for long-term supply policy with traders and farmers.'],
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
            'Seberapa luas pembayaran nontunai (QRIS) dipakai di pasar, UMKM, dan layanan daerah?',
            'How widely are cashless payments (QRIS) used in markets, MSMEs and regional services?',
          ],
          levels: [
            ['Transaksi di pasar dan layanan daerah hampir seluruhnya tunai.', 'Transactions in markets and regional services are almost all in cash.'],
            ['Sebagian pedagang dan loket layanan menerima QRIS secara sukarela.', 'Some traders and service counters accept QRIS voluntarily.'],
            ['Ada program pasar dan UMKM QRIS bersama Bank Indonesia dan perbankan dengan target cakupan.', 'A QRIS market and MSME programme with Bank Indonesia and banks has coverage targets.'],
            ['Retribusi pasar, parkir, dan layanan daerah dapat dibayar nontunai dan tercatat langsung di kas daerah.', 'Market, parking and service fees can be paid cashlessly and post straight to the regional treasury.'],
            ['Transaksi nontunai menjadi kebiasaan; data transaksi dipakai untuk kebijakan ekonomi lokal.', 'Cashless payment is the norm; transaction data informs local economic policy.'],
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
            'Rujuk hasil penilaian Indeks ETPD dari Satgas P2DD bila ada.',
            'Refer to the regional transaction electronification index (ETPD) from the P2DD task force where available.',
          ],
          levels: [
            ['Pajak dan retribusi dibayar tunai di loket.', 'Taxes and fees are paid in cash at counters.'],
            ['Sebagian pajak daerah dapat dibayar melalui bank atau kanal elektronik.', 'Some regional taxes can be paid through banks or electronic channels.'],
            ['TP2DD dibentuk; pembayaran pajak utama dan belanja daerah sudah nontunai sesuai peraturan.', 'The acceleration team (TP2DD) is in place; the main taxes and regional spending are cashless as regulated.'],
            ['Sistem pajak, retribusi, dan kas daerah terhubung secara waktu nyata; indeks ETPD dipantau.', 'Tax, fee and treasury systems connect in real time; the ETPD index is tracked.'],
            ['Indeks ETPD berkategori digital dan hasil evaluasi dipakai untuk memperluas kanal pembayaran.', 'The ETPD index rates the region as digital, and evaluations drive wider payment channels.'],
          ],
          principles: ['integration', 'sustainability'],
          evidenceFrom: 2,
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
            ['Program dijalankan bersama OJK, perbankan, dan komunitas; tingkat inklusi keuangan diukur.', 'The programme runs with the financial services authority, banks and communities; inclusion is measured.'],
            ['Inklusi keuangan meningkat terukur dan program diperbarui dari hasil evaluasi.', 'Inclusion rises measurably and the programme is renewed from evaluations.'],
          ],
          principles: ['collaboration', 'sustainability'],
          effort: 'low',
          owner: 'Bagian Perekonomian',
        }),
      ],
    },
  ],
};
