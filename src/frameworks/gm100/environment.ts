import type { Element } from '../../schema/framework.js';
import { indicator, text } from './build.js';

export const environment: Element = {
  id: 'environment',
  name: text(['Smart Environment', 'Smart Environment']),
  description: text([
    'Lingkungan yang terjaga: proteksi lingkungan, tata kelola sampah dan limbah, serta tata kelola energi.',
    'A protected environment: environmental protection, waste and wastewater, and energy.',
  ]),
  subElements: [
    {
      id: 'environment.protection',
      name: text(['Proteksi Lingkungan', 'Protection']),
      indicators: [
        indicator('environment.protection.quality', {
          question: [
            'Sejauh mana kualitas udara dan air dipantau dan informasinya dibuka kepada publik?',
            'How far are air and water quality monitored and the information made public?',
          ],
          levels: [
            ['Kualitas udara dan air tidak dipantau secara rutin.', 'Air and water quality are not monitored routinely.'],
            ['Pengujian kualitas dilakukan beberapa kali setahun di titik tertentu.', 'Quality is tested a few times a year at set points.'],
            ['Ada jadwal pemantauan, baku mutu, dan laporan kualitas lingkungan tahunan (IKLH).', 'A monitoring schedule, quality standards and an annual environmental quality index report are in place.'],
            ['Sensor daring memantau kualitas udara/air secara waktu nyata dan terhubung ke dasbor publik.', 'Online sensors monitor air and water quality in real time and feed a public dashboard.'],
            ['Data pemantauan memicu penegakan dan kebijakan pengendalian pencemaran yang dievaluasi hasilnya.', 'Monitoring data triggers enforcement and pollution-control policies whose results are evaluated.'],
          ],
          principles: ['sustainability', 'integration'],
          effort: 'medium',
          owner: 'Dinas Lingkungan Hidup',
        }),
        indicator('environment.protection.greenspace', {
          question: [
            'Bagaimana ruang terbuka hijau (RTH) dan pohon kota didata dan dikelola?',
            'How are green open spaces and city trees recorded and managed?',
          ],
          levels: [
            ['Luas RTH tidak diketahui.', 'The area of green open space is unknown.'],
            ['RTH publik didata dalam dokumen.', 'Public green spaces are listed in documents.'],
            ['RTH dipetakan dalam SIG dengan target luasan sesuai tata ruang dan rencana pemeliharaan.', 'Green spaces are mapped in GIS with area targets from the spatial plan and a maintenance plan.'],
            ['Data RTH dan pohon terhubung dengan tata ruang dan perizinan; penambahan dan kehilangan RTH dipantau.', 'Green-space and tree data links to spatial planning and permits; gains and losses are monitored.'],
            ['Target RTH tercapai dan dikelola bersama warga dan swasta melalui program adopsi.', 'Green-space targets are met and managed with residents and business through adoption schemes.'],
          ],
          principles: ['sustainability', 'collaboration'],
          effort: 'medium',
          owner: 'Dinas Lingkungan Hidup',
        }),
        indicator('environment.protection.permits', {
          question: [
            'Bagaimana persetujuan lingkungan dan pengaduan pencemaran ditangani?',
            'How are environmental approvals and pollution complaints handled?',
          ],
          levels: [
            ['Pengawasan lingkungan hanya saat ada kasus besar.', 'Environmental oversight happens only for major cases.'],
            ['Persetujuan lingkungan diproses manual; pengaduan dicatat.', 'Environmental approvals are processed by hand; complaints are recorded.'],
            ['Persetujuan lingkungan melalui sistem nasional (AMDALNET) dan pengaduan ditangani sesuai SOP.', 'Approvals go through the national system (AMDALNET) and complaints follow a procedure.'],
            ['Data persetujuan, pengawasan, dan pengaduan terpadu; kepatuhan usaha dipantau.', 'Approval, inspection and complaint data is joined; business compliance is monitored.'],
            ['Kepatuhan meningkat terukur dan hasil pengawasan dipublikasikan.', 'Compliance rises measurably and inspection results are published.'],
          ],
          principles: ['integration', 'sustainability'],
          effort: 'low',
          owner: 'Dinas Lingkungan Hidup',
        }),
      ],
    },
    {
      id: 'environment.waste',
      name: text(['Tata Kelola Sampah dan Limbah', 'Waste']),
      indicators: [
        indicator('environment.waste.3r', {
          question: [
            'Seberapa luas pengurangan sampah dari sumbernya melalui bank sampah, TPS3R, dan gerakan 3R?',
            'How widely is waste reduced at source through waste banks, 3R sites and reduce-reuse-recycle campaigns?',
          ],
          levels: [
            ['Sampah diangkut langsung ke TPA tanpa pemilahan.', 'Waste goes straight to landfill without sorting.'],
            ['Beberapa bank sampah berdiri atas inisiatif warga.', 'A few waste banks exist on residents\' initiative.'],
            ['Ada Jakstrada pengelolaan sampah dengan target pengurangan dan program bank sampah/TPS3R.', 'A regional waste strategy (Jakstrada) sets reduction targets and a waste-bank and 3R programme.'],
            ['Bank sampah dan TPS3R tercatat dalam sistem (SIPSN) dan terhubung dengan offtaker daur ulang; pengurangan diukur.', 'Waste banks and 3R sites are recorded in the national system (SIPSN) and linked to recyclers; reduction is measured.'],
            ['Target pengurangan tercapai; ekonomi sirkular berjalan bersama komunitas dan swasta.', 'Reduction targets are met; a circular economy runs with communities and business.'],
          ],
          principles: ['sustainability', 'collaboration'],
          effort: 'low',
          owner: 'Dinas Lingkungan Hidup',
        }),
        indicator('environment.waste.handling', {
          question: [
            'Bagaimana pengangkutan dan pemrosesan akhir sampah dikelola dan dipantau?',
            'How are waste collection and final processing managed and monitored?',
          ],
          levels: [
            ['Pengangkutan tidak terjadwal dan TPA dioperasikan sebagai pembuangan terbuka.', 'Collection is unscheduled and the landfill is an open dump.'],
            ['Ada jadwal pengangkutan di kawasan utama.', 'Main districts have a collection schedule.'],
            ['Rute dan jadwal pengangkutan ditetapkan; TPA dikelola sesuai standar (controlled/sanitary landfill).', 'Routes and schedules are set; the landfill runs to standard (controlled or sanitary).'],
            ['Armada dipantau GPS, timbangan TPA tercatat digital, dan laporan warga masuk ke sistem yang sama.', 'The fleet is GPS-tracked, landfill weighbridges record digitally and citizen reports feed the same system.'],
            ['Rute dan kapasitas dioptimalkan dari data; pengolahan sampah menjadi energi atau bahan baku berjalan.', 'Routes and capacity are optimised from data; waste-to-energy or material recovery is running.'],
          ],
          principles: ['integration', 'sustainability'],
          effort: 'high',
          owner: 'Dinas Lingkungan Hidup',
        }),
        indicator('environment.waste.wastewater', {
          question: [
            'Sejauh mana air limbah domestik dan lumpur tinja dikelola dengan aman?',
            'How safely are domestic wastewater and septic sludge managed?',
          ],
          levels: [
            ['Air limbah dibuang langsung ke saluran atau sungai.', 'Wastewater runs straight into drains or rivers.'],
            ['Sebagian rumah memiliki tangki septik; penyedotan dilakukan swasta tanpa pencatatan.', 'Some homes have septic tanks; private firms empty them without records.'],
            ['Ada IPLT dan layanan lumpur tinja terjadwal (LLTT) yang diatur dengan peraturan.', 'A sludge treatment plant and scheduled desludging service are set by regulation.'],
            ['Pelanggan LLTT dan SPALD tercatat dalam sistem; penyedotan dan kualitas efluen dipantau.', 'Desludging and sewerage customers are recorded; emptying and effluent quality are monitored.'],
            ['Cakupan sanitasi aman meningkat terukur dan layanan dibiayai berkelanjutan dari retribusi.', 'Safe sanitation coverage rises measurably and the service is funded sustainably from fees.'],
          ],
          principles: ['sustainability'],
          effort: 'high',
          owner: 'Dinas PUPR',
        }),
      ],
    },
    {
      id: 'environment.energy',
      name: text(['Tata Kelola Energi yang Bertanggung Jawab', 'Energy']),
      indicators: [
        indicator('environment.energy.streetlight', {
          question: [
            'Bagaimana penerangan jalan umum (PJU) dikelola untuk efisiensi energi dan biaya?',
            'How is street lighting managed for energy and cost efficiency?',
          ],
          levels: [
            ['Jumlah dan kondisi PJU tidak terdata; tagihan dibayar tanpa meteran.', 'Street lights are not inventoried; bills are paid without meters.'],
            ['PJU didata dan sebagian beralih ke lampu LED.', 'Street lights are inventoried and some have switched to LED.'],
            ['Ada rencana PJU hemat energi, meteran, dan SOP pemeliharaan.', 'A plan for efficient lighting, metering and maintenance procedures is in place.'],
            ['PJU cerdas dipantau dan diatur dari jarak jauh; konsumsi energi dan gangguan terlacak.', 'Smart street lights are monitored and dimmed remotely; energy use and faults are tracked.'],
            ['Konsumsi dan biaya energi PJU turun terukur dan penghematan dialokasikan kembali.', 'Street-lighting energy use and cost fall measurably and savings are reinvested.'],
          ],
          principles: ['sustainability', 'integration'],
          effort: 'low',
          owner: 'Dinas Perhubungan',
        }),
        indicator('environment.energy.renewable', {
          question: [
            'Sejauh mana energi terbarukan (misalnya PLTS atap) dipakai di gedung dan fasilitas pemerintah daerah?',
            'How far is renewable energy (such as rooftop solar) used in regional government buildings and facilities?',
          ],
          levels: [
            ['Belum ada pemanfaatan energi terbarukan.', 'No renewable energy is used.'],
            ['Proyek percontohan energi terbarukan di satu atau dua lokasi.', 'One or two pilot renewable-energy projects exist.'],
            ['Rencana Umum Energi Daerah (RUED) atau kebijakan energi terbarukan ditetapkan dengan target.', 'A regional energy plan (RUED) or renewable policy sets targets.'],
            ['Instalasi terbarukan dipantau produksinya dan dibiayai bersama mitra (KPBU, CSR).', 'Renewable installations are monitored for output and co-funded with partners (PPP, CSR).'],
            ['Porsi energi terbarukan meningkat sesuai target dan dievaluasi tiap tahun.', 'The renewable share grows on target and is reviewed every year.'],
          ],
          principles: ['sustainability', 'collaboration'],
          effort: 'high',
          owner: 'Bagian Sumber Daya Alam',
        }),
        indicator('environment.energy.efficiency', {
          question: [
            'Apakah konsumsi energi gedung pemerintah diukur dan dihemat secara terencana?',
            'Is energy use in government buildings measured and reduced according to a plan?',
          ],
          levels: [
            ['Konsumsi listrik gedung tidak dipantau.', 'Building electricity use is not monitored.'],
            ['Tagihan listrik direkap per OPD.', 'Electricity bills are compiled per agency.'],
            ['Ada kebijakan hemat energi, petugas energi, dan audit energi gedung utama.', 'An energy-saving policy, energy officers and audits of the main buildings are in place.'],
            ['Konsumsi energi gedung dipantau dalam satu sistem dan dibandingkan antar-OPD.', 'Building energy use is monitored in one system and compared between agencies.'],
            ['Intensitas energi turun terukur dan hasil audit dipakai untuk investasi efisiensi.', 'Energy intensity falls measurably and audit results guide efficiency investments.'],
          ],
          principles: ['sustainability'],
          effort: 'low',
          owner: 'Bagian Umum',
        }),
      ],
    },
  ],
};
