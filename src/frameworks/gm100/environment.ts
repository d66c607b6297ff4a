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
          guidance: [
            'IKLH dihitung oleh kementerian yang membidangi lingkungan hidup; laporan tahunan daerah sendiri adalah Dokumen Informasi Kinerja Pengelolaan Lingkungan Hidup Daerah (DIKPLHD).',
            'The environmental quality index (IKLH) is computed by the environment ministry; the region\'s own annual report is the regional environmental management performance report (DIKPLHD).',
          ],
          levels: [
            ['Kualitas udara dan air tidak dipantau secara rutin.', 'Air and water quality are not monitored routinely.'],
            ['Pengujian kualitas dilakukan beberapa kali setahun di titik tertentu.', 'Quality is tested a few times a year at set points.'],
            ['Ada jadwal pemantauan dan baku mutu, dan DIKPLHD disusun setiap tahun.', 'A monitoring schedule and quality standards are in place, and the regional environmental report (DIKPLHD) is compiled every year.'],
            ['Sensor daring memantau kualitas udara/air secara waktu nyata dan terhubung ke dasbor publik.', 'Online sensors monitor air and water quality in real time and feed a public dashboard.'],
            ['Data pemantauan memicu penegakan dan kebijakan pengendalian pencemaran yang dievaluasi hasilnya.', 'Monitoring data triggers enforcement and pollution-control policies whose results are evaluated.'],
          ],
          actions: [
            ['Menguji kualitas udara dan air secara berkala di titik pantau yang ditetapkan.', 'Test air and water quality regularly at designated monitoring points.'],
            ['Menetapkan jadwal pemantauan dan baku mutu serta menyusun DIKPLHD setiap tahun.', 'Set a monitoring schedule and quality standards and compile the DIKPLHD every year.'],
            ['Memasang sensor kualitas udara/air daring dan menampilkan datanya di dasbor publik.', 'Install online air and water quality sensors and show their data on a public dashboard.'],
            ['Menetapkan ambang tindakan penegakan berdasarkan data pemantauan dan mengevaluasi kebijakan pengendalian pencemaran.', 'Set enforcement thresholds on the basis of monitoring data and evaluate pollution-control policies.'],
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
          actions: [
            ['Menginventarisasi RTH publik.', 'Take an inventory of public green spaces.'],
            ['Memetakan RTH dalam SIG dengan target luasan sesuai tata ruang dan menyusun rencana pemeliharaan.', 'Map green spaces in GIS with area targets from the spatial plan and draw up a maintenance plan.'],
            ['Menghubungkan data RTH dan pohon dengan tata ruang dan perizinan serta memantau penambahan dan kehilangannya.', 'Link green-space and tree data with spatial planning and permits and monitor gains and losses.'],
            ['Membuka program adopsi RTH bagi warga dan swasta untuk mencapai target luasan.', 'Open a green-space adoption scheme for residents and business to reach the area target.'],
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
            ['Pengawasan lingkungan hanya dilakukan saat ada kasus besar.', 'Environmental oversight happens only for major cases.'],
            ['Persetujuan lingkungan diproses manual; pengaduan dicatat.', 'Environmental approvals are processed by hand; complaints are recorded.'],
            ['Persetujuan lingkungan diproses melalui sistem nasional (AMDALNET) dan pengaduan ditangani sesuai SOP.', 'Approvals go through the national system (AMDALNET) and complaints follow a procedure.'],
            ['Data persetujuan, pengawasan, dan pengaduan terpadu; kepatuhan usaha dipantau.', 'Approval, inspection and complaint data is joined; business compliance is monitored.'],
            ['Kepatuhan meningkat terukur dan hasil pengawasan dipublikasikan.', 'Compliance rises measurably and inspection results are published.'],
          ],
          actions: [
            ['Mencatat persetujuan lingkungan dan pengaduan pencemaran dalam satu register.', 'Record environmental approvals and pollution complaints in one register.'],
            ['Memproses persetujuan lingkungan melalui AMDALNET dan menetapkan SOP penanganan pengaduan pencemaran.', 'Process environmental approvals through AMDALNET and adopt a procedure for pollution complaints.'],
            ['Memadukan data persetujuan, pengawasan, dan pengaduan serta menyusun jadwal pengawasan kepatuhan usaha.', 'Join approval, inspection and complaint data and draw up an inspection schedule for business compliance.'],
            ['Menerbitkan hasil pengawasan secara berkala dan menindaklanjuti ketidakpatuhan.', 'Publish inspection results regularly and act on non-compliance.'],
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
            ['Bank sampah dan TPS3R tercatat dalam SIPSN dan terhubung dengan industri daur ulang sebagai pembeli siaga; pengurangan diukur.', 'Waste banks and 3R sites are recorded in the national system (SIPSN) and linked to recycling firms as committed buyers; reduction is measured.'],
            ['Target pengurangan sampah dalam Jakstrada tercapai menurut data SIPSN.', 'The Jakstrada reduction target is met according to SIPSN data.'],
          ],
          actions: [
            ['Mendampingi warga membentuk bank sampah di permukiman.', 'Help residents set up waste banks in neighbourhoods.'],
            ['Menetapkan Jakstrada dengan target pengurangan dan program bank sampah serta TPS3R.', 'Adopt a Jakstrada with reduction targets and a waste-bank and 3R programme.'],
            ['Mencatat bank sampah dan TPS3R dalam SIPSN dan menjalin kerja sama dengan industri daur ulang sebagai pembeli siaga.', 'Record waste banks and 3R sites in SIPSN and set up agreements with recycling firms as committed buyers.'],
            ['Mengevaluasi capaian pengurangan setiap tahun menurut SIPSN dan memperluas program ke wilayah yang tertinggal.', 'Evaluate reduction every year against SIPSN data and extend the programme to the areas lagging behind.'],
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
            ['Pengangkutan tidak terjadwal dan TPA dioperasikan sebagai tempat pembuangan terbuka.', 'Collection is unscheduled and the landfill is an open dump.'],
            ['Ada jadwal pengangkutan di kawasan utama.', 'Main districts have a collection schedule.'],
            ['Rute dan jadwal pengangkutan ditetapkan; TPA dikelola sesuai standar (lahan urug terkendali atau saniter).', 'Routes and schedules are set; the landfill runs to standard (controlled or sanitary landfill).'],
            ['Armada dipantau GPS, timbangan TPA tercatat digital, dan laporan warga masuk ke sistem yang sama.', 'The fleet is GPS-tracked, landfill weighbridges record digitally and citizen reports feed the same system.'],
            ['Rute dan kapasitas dioptimalkan berdasarkan data, dan sampah diolah menjadi energi atau bahan baku.', 'Routes and capacity are optimised on the basis of data, and waste is processed into energy or raw material.'],
          ],
          actions: [
            ['Menyusun jadwal pengangkutan sampah di kawasan utama.', 'Draw up waste-collection schedules for the main districts.'],
            ['Menetapkan rute dan jadwal pengangkutan serta meningkatkan TPA menjadi lahan urug terkendali atau saniter.', 'Set collection routes and schedules and upgrade the landfill to a controlled or sanitary landfill.'],
            ['Memasang GPS pada armada, mencatat timbangan TPA secara digital, dan menampung laporan warga dalam sistem yang sama.', 'Fit GPS to the fleet, record landfill weighbridges digitally and take citizen reports in the same system.'],
            ['Mengoptimalkan rute berdasarkan data dan membangun fasilitas pengolahan sampah menjadi energi atau bahan baku.', 'Optimise routes on the basis of data and build facilities that process waste into energy or raw material.'],
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
            ['Cakupan sanitasi aman meningkat terukur dan biaya operasional layanan tertutup oleh retribusi dan anggaran yang ditetapkan.', 'Safe sanitation coverage rises measurably and the service\'s running costs are covered by fees and an adopted budget.'],
          ],
          actions: [
            ['Mendata rumah dengan tangki septik dan penyedia jasa penyedotan.', 'Record homes with septic tanks and the desludging providers.'],
            ['Membangun atau memfungsikan IPLT dan menetapkan layanan lumpur tinja terjadwal dengan peraturan.', 'Build or bring into service a sludge treatment plant and set a scheduled desludging service by regulation.'],
            ['Mencatat pelanggan LLTT dan SPALD dalam sistem serta memantau penyedotan dan kualitas efluen.', 'Record desludging and sewerage customers in a system and monitor emptying and effluent quality.'],
            ['Menyusun tarif retribusi dan anggaran yang menutup biaya operasional layanan serta memperluas cakupan sanitasi aman.', 'Set fees and a budget that cover the service\'s running costs and extend safe sanitation coverage.'],
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
          actions: [
            ['Menginventarisasi PJU dan mengganti lampu boros energi dengan LED secara bertahap.', 'Take an inventory of street lights and replace inefficient lamps with LED step by step.'],
            ['Menyusun rencana PJU hemat energi, memasang meteran, dan menetapkan SOP pemeliharaan.', 'Draw up an efficient street-lighting plan, install meters and adopt maintenance procedures.'],
            ['Memasang sistem PJU cerdas yang dipantau dan diatur dari jarak jauh.', 'Install a smart street-lighting system that is monitored and controlled remotely.'],
            ['Mengukur penghematan energi dan biaya PJU setiap tahun dan mengalokasikannya kembali dalam anggaran.', 'Measure street-lighting energy and cost savings every year and reallocate them in the budget.'],
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
          guidance: [
            'RUED ditetapkan provinsi (RUED-P, Perda provinsi); kabupaten/kota menyelaraskan kebijakannya dengan RUED-P. Sumber pendanaan (APBD, APBN, KPBU, CSR) tidak menentukan level.',
            'The regional energy plan is a provincial regulation (RUED-P); a regency or city aligns its policy with it. The source of funds (regional or national budget, PPP, CSR) does not decide the level.',
          ],
          levels: [
            ['Belum ada pemanfaatan energi terbarukan.', 'No renewable energy is used.'],
            ['Proyek percontohan energi terbarukan ada di satu atau dua lokasi.', 'One or two pilot renewable-energy projects exist.'],
            ['Kebijakan energi terbarukan daerah yang selaras dengan RUED-P ditetapkan dengan target.', 'A regional renewable-energy policy aligned with the provincial energy plan (RUED-P) sets targets.'],
            ['Produksi instalasi energi terbarukan dipantau dan pembiayaan pemeliharaannya dianggarkan setiap tahun.', 'The output of renewable installations is monitored and their maintenance is budgeted every year.'],
            ['Porsi energi terbarukan meningkat sesuai target dan dievaluasi setiap tahun.', 'The renewable share grows on target and is reviewed every year.'],
          ],
          actions: [
            ['Membangun PLTS atap percontohan di gedung pemerintah daerah.', 'Build a pilot rooftop solar installation on a regional government building.'],
            ['Menetapkan kebijakan energi terbarukan daerah dengan target yang selaras dengan RUED-P.', 'Adopt a regional renewable-energy policy with targets aligned with the RUED-P.'],
            ['Memantau produksi setiap instalasi dan menganggarkan pemeliharaannya setiap tahun dari sumber yang tersedia.', 'Monitor each installation\'s output and budget its maintenance every year from the sources available.'],
            ['Mengevaluasi porsi energi terbarukan setiap tahun dan menambah instalasi untuk mencapai target.', 'Evaluate the renewable share every year and add installations to meet the target.'],
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
          actions: [
            ['Merekap tagihan listrik per OPD setiap bulan.', 'Compile electricity bills per agency every month.'],
            ['Menetapkan kebijakan hemat energi, menunjuk petugas energi, dan mengaudit energi gedung utama.', 'Adopt an energy-saving policy, appoint energy officers and audit the main buildings\' energy use.'],
            ['Memantau konsumsi energi seluruh gedung dalam satu sistem dan membandingkannya antar-OPD.', 'Monitor every building\'s energy use in one system and compare agencies.'],
            ['Menganggarkan investasi efisiensi berdasarkan hasil audit dan mengukur penurunan intensitas energi.', 'Budget efficiency investments on the basis of audit results and measure the fall in energy intensity.'],
          ],
          principles: ['sustainability'],
          effort: 'low',
          owner: 'Bagian Umum',
        }),
      ],
    },
  ],
};
