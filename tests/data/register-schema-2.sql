-- A register as sopxl made it before Alembic (schema version 2, main at 207b4f9):
-- sopxl init; sopxl import samples/organisasi samples/inventaris; sopxl import samples/lifecycle.
-- Loaded by tests/test_register_migrations.py to test the upgrade. Do not regenerate.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE sopxl_meta (
	"key" VARCHAR(50) NOT NULL, 
	value VARCHAR(200) NOT NULL, 
	PRIMARY KEY ("key")
);
INSERT INTO sopxl_meta VALUES('schema_version','2');
CREATE TABLE import_runs (
	id INTEGER NOT NULL, 
	started_at DATETIME NOT NULL, 
	summary TEXT NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO import_runs VALUES(1,'2026-12-04 15:35:54.520757','baru, baru, baru, baru');
INSERT INTO import_runs VALUES(2,'2026-12-04 15:36:00.265715','baru, baru, baru, baru, baru, baru, baru, baru, baru, baru, baru, baru, baru, baru, baru, baru, baru, baru, baru');
CREATE TABLE agencies (
	id INTEGER NOT NULL, 
	code VARCHAR(20) NOT NULL, 
	name VARCHAR(300) NOT NULL, 
	short_name VARCHAR(100) NOT NULL, 
	active BOOLEAN NOT NULL, 
	merged_into_id INTEGER, 
	created_run INTEGER, 
	PRIMARY KEY (id), 
	UNIQUE (code), 
	FOREIGN KEY(merged_into_id) REFERENCES agencies (id), 
	FOREIGN KEY(created_run) REFERENCES import_runs (id)
);
INSERT INTO agencies VALUES(1,'01','Sekretariat Daerah','SETDA',1,NULL,1);
INSERT INTO agencies VALUES(2,'02','Sekretariat DPRD','SETWAN',1,NULL,1);
INSERT INTO agencies VALUES(3,'03','Inspektorat','INSPEKTORAT',1,NULL,1);
INSERT INTO agencies VALUES(4,'04','Dinas Pendidikan dan Kebudayaan','DISDIKBUD',1,NULL,1);
INSERT INTO agencies VALUES(5,'05','Dinas Kesehatan','DINKES',1,NULL,1);
INSERT INTO agencies VALUES(6,'06','Dinas Pekerjaan Umum dan Penataan Ruang','DPUPR',1,NULL,1);
INSERT INTO agencies VALUES(7,'07','Dinas Perumahan dan Kawasan Permukiman','DPKP',1,NULL,1);
INSERT INTO agencies VALUES(8,'08','Satuan Polisi Pamong Praja','SATPOL PP',1,NULL,1);
INSERT INTO agencies VALUES(9,'09','Dinas Sosial','DINSOS',1,NULL,1);
INSERT INTO agencies VALUES(10,'10','Dinas Tenaga Kerja dan Transmigrasi','DISNAKERTRANS',1,NULL,1);
INSERT INTO agencies VALUES(11,'11','Dinas Pemberdayaan Perempuan dan Perlindungan Anak','DP3A',1,NULL,1);
INSERT INTO agencies VALUES(12,'12','Dinas Kependudukan dan Pencatatan Sipil','DISDUKCAPIL',1,NULL,1);
INSERT INTO agencies VALUES(13,'13','Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa','DPMPD',1,NULL,1);
INSERT INTO agencies VALUES(14,'14','Dinas Pengendalian Penduduk dan Keluarga Berencana','DPPKB',1,NULL,1);
INSERT INTO agencies VALUES(15,'15','Dinas Perhubungan','DISHUB',1,NULL,1);
INSERT INTO agencies VALUES(16,'16','Dinas Komunikasi dan Informatika','DISKOMINFO',1,NULL,1);
INSERT INTO agencies VALUES(17,'17','Dinas Koperasi dan Usaha Kecil Menengah','DISKOP UKM',1,NULL,1);
INSERT INTO agencies VALUES(18,'18','Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu','DPMPTSP',1,NULL,1);
INSERT INTO agencies VALUES(19,'19','Dinas Pemuda dan Olahraga','DISPORA',1,NULL,1);
INSERT INTO agencies VALUES(20,'20','Dinas Pariwisata','DISPAR',1,NULL,1);
INSERT INTO agencies VALUES(21,'21','Dinas Perpustakaan dan Kearsipan','DISPUSIP',1,NULL,1);
INSERT INTO agencies VALUES(22,'22','Dinas Perikanan dan Kelautan','DKP',1,NULL,1);
INSERT INTO agencies VALUES(23,'23','Dinas Pertanian dan Peternakan','DISTANAK',1,NULL,1);
INSERT INTO agencies VALUES(24,'24','Dinas Perkebunan','DISBUN',1,NULL,1);
INSERT INTO agencies VALUES(25,'25','Dinas Perindustrian dan Perdagangan','DISPERINDAG',1,NULL,1);
INSERT INTO agencies VALUES(26,'26','Dinas Lingkungan Hidup','DLH',1,NULL,1);
INSERT INTO agencies VALUES(27,'27','Dinas Ketahanan Pangan','DKPANGAN',1,NULL,1);
INSERT INTO agencies VALUES(28,'28','Badan Perencanaan Pembangunan Daerah','BAPPEDA',1,NULL,1);
INSERT INTO agencies VALUES(29,'29','Badan Keuangan dan Aset Daerah','BKAD',1,NULL,1);
INSERT INTO agencies VALUES(30,'30','Badan Pendapatan Daerah','BAPENDA',1,NULL,1);
INSERT INTO agencies VALUES(31,'31','Badan Kepegawaian dan Pengembangan Sumber Daya Manusia','BKPSDM',1,NULL,1);
INSERT INTO agencies VALUES(32,'32','Badan Penanggulangan Bencana Daerah','BPBD',1,NULL,1);
INSERT INTO agencies VALUES(33,'33','Badan Kesatuan Bangsa dan Politik','KESBANGPOL',1,NULL,1);
INSERT INTO agencies VALUES(34,'34','Kecamatan Tenggarong','KEC. TENGGARONG',1,NULL,1);
INSERT INTO agencies VALUES(35,'35','Kecamatan Tenggarong Seberang','KEC. TENGGARONG SEBERANG',1,NULL,1);
INSERT INTO agencies VALUES(36,'36','Kecamatan Loa Kulu','KEC. LOA KULU',1,NULL,1);
INSERT INTO agencies VALUES(37,'37','Kecamatan Loa Janan','KEC. LOA JANAN',1,NULL,1);
INSERT INTO agencies VALUES(38,'38','Kecamatan Samboja','KEC. SAMBOJA',1,NULL,1);
INSERT INTO agencies VALUES(39,'39','Kecamatan Samboja Barat','KEC. SAMBOJA BARAT',1,NULL,1);
INSERT INTO agencies VALUES(40,'40','Kecamatan Muara Jawa','KEC. MUARA JAWA',1,NULL,1);
INSERT INTO agencies VALUES(41,'41','Kecamatan Sanga-Sanga','KEC. SANGA-SANGA',1,NULL,1);
INSERT INTO agencies VALUES(42,'42','Kecamatan Anggana','KEC. ANGGANA',1,NULL,1);
INSERT INTO agencies VALUES(43,'43','Kecamatan Muara Badak','KEC. MUARA BADAK',1,NULL,1);
INSERT INTO agencies VALUES(44,'44','Kecamatan Marang Kayu','KEC. MARANG KAYU',1,NULL,1);
INSERT INTO agencies VALUES(45,'45','Kecamatan Sebulu','KEC. SEBULU',1,NULL,1);
INSERT INTO agencies VALUES(46,'46','Kecamatan Muara Kaman','KEC. MUARA KAMAN',1,NULL,1);
INSERT INTO agencies VALUES(47,'47','Kecamatan Kota Bangun','KEC. KOTA BANGUN',1,NULL,1);
INSERT INTO agencies VALUES(48,'48','Kecamatan Kota Bangun Darat','KEC. KOTA BANGUN DARAT',1,NULL,1);
INSERT INTO agencies VALUES(49,'49','Kecamatan Muara Muntai','KEC. MUARA MUNTAI',1,NULL,1);
INSERT INTO agencies VALUES(50,'50','Kecamatan Muara Wis','KEC. MUARA WIS',1,NULL,1);
INSERT INTO agencies VALUES(51,'51','Kecamatan Kenohan','KEC. KENOHAN',1,NULL,1);
INSERT INTO agencies VALUES(52,'52','Kecamatan Kembang Janggut','KEC. KEMBANG JANGGUT',1,NULL,1);
INSERT INTO agencies VALUES(53,'53','Kecamatan Tabang','KEC. TABANG',1,NULL,1);
CREATE TABLE agency_history (
	id INTEGER NOT NULL, 
	agency_id INTEGER NOT NULL, 
	run_id INTEGER NOT NULL, 
	event VARCHAR(30) NOT NULL, 
	name VARCHAR(300) NOT NULL, 
	short_name VARCHAR(100) NOT NULL, 
	detail VARCHAR(300) NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(agency_id) REFERENCES agencies (id), 
	FOREIGN KEY(run_id) REFERENCES import_runs (id)
);
INSERT INTO agency_history VALUES(1,1,1,'dibuat','Sekretariat Daerah','SETDA','');
INSERT INTO agency_history VALUES(2,2,1,'dibuat','Sekretariat DPRD','SETWAN','');
INSERT INTO agency_history VALUES(3,3,1,'dibuat','Inspektorat','INSPEKTORAT','');
INSERT INTO agency_history VALUES(4,4,1,'dibuat','Dinas Pendidikan dan Kebudayaan','DISDIKBUD','');
INSERT INTO agency_history VALUES(5,5,1,'dibuat','Dinas Kesehatan','DINKES','');
INSERT INTO agency_history VALUES(6,6,1,'dibuat','Dinas Pekerjaan Umum dan Penataan Ruang','DPUPR','');
INSERT INTO agency_history VALUES(7,7,1,'dibuat','Dinas Perumahan dan Kawasan Permukiman','DPKP','');
INSERT INTO agency_history VALUES(8,8,1,'dibuat','Satuan Polisi Pamong Praja','SATPOL PP','');
INSERT INTO agency_history VALUES(9,9,1,'dibuat','Dinas Sosial','DINSOS','');
INSERT INTO agency_history VALUES(10,10,1,'dibuat','Dinas Tenaga Kerja dan Transmigrasi','DISNAKERTRANS','');
INSERT INTO agency_history VALUES(11,11,1,'dibuat','Dinas Pemberdayaan Perempuan dan Perlindungan Anak','DP3A','');
INSERT INTO agency_history VALUES(12,12,1,'dibuat','Dinas Kependudukan dan Pencatatan Sipil','DISDUKCAPIL','');
INSERT INTO agency_history VALUES(13,13,1,'dibuat','Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa','DPMPD','');
INSERT INTO agency_history VALUES(14,14,1,'dibuat','Dinas Pengendalian Penduduk dan Keluarga Berencana','DPPKB','');
INSERT INTO agency_history VALUES(15,15,1,'dibuat','Dinas Perhubungan','DISHUB','');
INSERT INTO agency_history VALUES(16,16,1,'dibuat','Dinas Komunikasi dan Informatika','DISKOMINFO','');
INSERT INTO agency_history VALUES(17,17,1,'dibuat','Dinas Koperasi dan Usaha Kecil Menengah','DISKOP UKM','');
INSERT INTO agency_history VALUES(18,18,1,'dibuat','Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu','DPMPTSP','');
INSERT INTO agency_history VALUES(19,19,1,'dibuat','Dinas Pemuda dan Olahraga','DISPORA','');
INSERT INTO agency_history VALUES(20,20,1,'dibuat','Dinas Pariwisata','DISPAR','');
INSERT INTO agency_history VALUES(21,21,1,'dibuat','Dinas Perpustakaan dan Kearsipan','DISPUSIP','');
INSERT INTO agency_history VALUES(22,22,1,'dibuat','Dinas Perikanan dan Kelautan','DKP','');
INSERT INTO agency_history VALUES(23,23,1,'dibuat','Dinas Pertanian dan Peternakan','DISTANAK','');
INSERT INTO agency_history VALUES(24,24,1,'dibuat','Dinas Perkebunan','DISBUN','');
INSERT INTO agency_history VALUES(25,25,1,'dibuat','Dinas Perindustrian dan Perdagangan','DISPERINDAG','');
INSERT INTO agency_history VALUES(26,26,1,'dibuat','Dinas Lingkungan Hidup','DLH','');
INSERT INTO agency_history VALUES(27,27,1,'dibuat','Dinas Ketahanan Pangan','DKPANGAN','');
INSERT INTO agency_history VALUES(28,28,1,'dibuat','Badan Perencanaan Pembangunan Daerah','BAPPEDA','');
INSERT INTO agency_history VALUES(29,29,1,'dibuat','Badan Keuangan dan Aset Daerah','BKAD','');
INSERT INTO agency_history VALUES(30,30,1,'dibuat','Badan Pendapatan Daerah','BAPENDA','');
INSERT INTO agency_history VALUES(31,31,1,'dibuat','Badan Kepegawaian dan Pengembangan Sumber Daya Manusia','BKPSDM','');
INSERT INTO agency_history VALUES(32,32,1,'dibuat','Badan Penanggulangan Bencana Daerah','BPBD','');
INSERT INTO agency_history VALUES(33,33,1,'dibuat','Badan Kesatuan Bangsa dan Politik','KESBANGPOL','');
INSERT INTO agency_history VALUES(34,34,1,'dibuat','Kecamatan Tenggarong','KEC. TENGGARONG','');
INSERT INTO agency_history VALUES(35,35,1,'dibuat','Kecamatan Tenggarong Seberang','KEC. TENGGARONG SEBERANG','');
INSERT INTO agency_history VALUES(36,36,1,'dibuat','Kecamatan Loa Kulu','KEC. LOA KULU','');
INSERT INTO agency_history VALUES(37,37,1,'dibuat','Kecamatan Loa Janan','KEC. LOA JANAN','');
INSERT INTO agency_history VALUES(38,38,1,'dibuat','Kecamatan Samboja','KEC. SAMBOJA','');
INSERT INTO agency_history VALUES(39,39,1,'dibuat','Kecamatan Samboja Barat','KEC. SAMBOJA BARAT','');
INSERT INTO agency_history VALUES(40,40,1,'dibuat','Kecamatan Muara Jawa','KEC. MUARA JAWA','');
INSERT INTO agency_history VALUES(41,41,1,'dibuat','Kecamatan Sanga-Sanga','KEC. SANGA-SANGA','');
INSERT INTO agency_history VALUES(42,42,1,'dibuat','Kecamatan Anggana','KEC. ANGGANA','');
INSERT INTO agency_history VALUES(43,43,1,'dibuat','Kecamatan Muara Badak','KEC. MUARA BADAK','');
INSERT INTO agency_history VALUES(44,44,1,'dibuat','Kecamatan Marang Kayu','KEC. MARANG KAYU','');
INSERT INTO agency_history VALUES(45,45,1,'dibuat','Kecamatan Sebulu','KEC. SEBULU','');
INSERT INTO agency_history VALUES(46,46,1,'dibuat','Kecamatan Muara Kaman','KEC. MUARA KAMAN','');
INSERT INTO agency_history VALUES(47,47,1,'dibuat','Kecamatan Kota Bangun','KEC. KOTA BANGUN','');
INSERT INTO agency_history VALUES(48,48,1,'dibuat','Kecamatan Kota Bangun Darat','KEC. KOTA BANGUN DARAT','');
INSERT INTO agency_history VALUES(49,49,1,'dibuat','Kecamatan Muara Muntai','KEC. MUARA MUNTAI','');
INSERT INTO agency_history VALUES(50,50,1,'dibuat','Kecamatan Muara Wis','KEC. MUARA WIS','');
INSERT INTO agency_history VALUES(51,51,1,'dibuat','Kecamatan Kenohan','KEC. KENOHAN','');
INSERT INTO agency_history VALUES(52,52,1,'dibuat','Kecamatan Kembang Janggut','KEC. KEMBANG JANGGUT','');
INSERT INTO agency_history VALUES(53,53,1,'dibuat','Kecamatan Tabang','KEC. TABANG','');
CREATE TABLE units (
	id INTEGER NOT NULL, 
	agency_id INTEGER NOT NULL, 
	code VARCHAR(20) NOT NULL, 
	name VARCHAR(300) NOT NULL, 
	active BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_units_agency_code UNIQUE (agency_id, code), 
	FOREIGN KEY(agency_id) REFERENCES agencies (id)
);
INSERT INTO units VALUES(1,1,'01','Bagian Organisasi',1);
INSERT INTO units VALUES(2,1,'02','Bagian Hukum',1);
INSERT INTO units VALUES(3,1,'03','Bagian Umum',1);
INSERT INTO units VALUES(4,1,'04','Bagian Tata Pemerintahan',1);
INSERT INTO units VALUES(5,2,'01','Bagian Umum dan Keuangan',1);
INSERT INTO units VALUES(6,2,'02','Bagian Persidangan dan Perundang-undangan',1);
INSERT INTO units VALUES(7,3,'01','Inspektur Pembantu Wilayah I',1);
INSERT INTO units VALUES(8,3,'02','Inspektur Pembantu Wilayah II',1);
INSERT INTO units VALUES(9,4,'01','Sekretariat',1);
INSERT INTO units VALUES(10,4,'02','Bidang Pembinaan Sekolah Dasar',1);
INSERT INTO units VALUES(11,4,'03','Bidang Pembinaan SMP',1);
INSERT INTO units VALUES(12,4,'04','Bidang Kebudayaan',1);
INSERT INTO units VALUES(13,5,'01','Sekretariat',1);
INSERT INTO units VALUES(14,5,'02','Bidang Kesehatan Masyarakat',1);
INSERT INTO units VALUES(15,5,'03','Bidang Pelayanan Kesehatan',1);
INSERT INTO units VALUES(16,5,'04','Bidang Pencegahan dan Pengendalian Penyakit',1);
INSERT INTO units VALUES(17,6,'01','Sekretariat',1);
INSERT INTO units VALUES(18,7,'01','Sekretariat',1);
INSERT INTO units VALUES(19,8,'01','Sekretariat',1);
INSERT INTO units VALUES(20,9,'01','Sekretariat',1);
INSERT INTO units VALUES(21,10,'01','Sekretariat',1);
INSERT INTO units VALUES(22,11,'01','Sekretariat',1);
INSERT INTO units VALUES(23,12,'01','Sekretariat',1);
INSERT INTO units VALUES(24,12,'02','Bidang Pelayanan Pendaftaran Penduduk',1);
INSERT INTO units VALUES(25,12,'03','Bidang Pelayanan Pencatatan Sipil',1);
INSERT INTO units VALUES(26,12,'04','Bidang Pengelolaan Informasi Administrasi Kependudukan',1);
INSERT INTO units VALUES(27,13,'01','Sekretariat',1);
INSERT INTO units VALUES(28,14,'01','Sekretariat',1);
INSERT INTO units VALUES(29,15,'01','Sekretariat',1);
INSERT INTO units VALUES(30,16,'01','Sekretariat',1);
INSERT INTO units VALUES(31,17,'01','Sekretariat',1);
INSERT INTO units VALUES(32,18,'01','Sekretariat',1);
INSERT INTO units VALUES(33,19,'01','Sekretariat',1);
INSERT INTO units VALUES(34,20,'01','Sekretariat',1);
INSERT INTO units VALUES(35,21,'01','Sekretariat',1);
INSERT INTO units VALUES(36,22,'01','Sekretariat',1);
INSERT INTO units VALUES(37,23,'01','Sekretariat',1);
INSERT INTO units VALUES(38,24,'01','Sekretariat',1);
INSERT INTO units VALUES(39,25,'01','Sekretariat',1);
INSERT INTO units VALUES(40,26,'01','Sekretariat',1);
INSERT INTO units VALUES(41,27,'01','Sekretariat',1);
INSERT INTO units VALUES(42,28,'01','Sekretariat',1);
INSERT INTO units VALUES(43,29,'01','Sekretariat',1);
INSERT INTO units VALUES(44,30,'01','Sekretariat',1);
INSERT INTO units VALUES(45,31,'01','Sekretariat',1);
INSERT INTO units VALUES(46,32,'01','Sekretariat',1);
INSERT INTO units VALUES(47,33,'01','Sekretariat',1);
INSERT INTO units VALUES(48,34,'01','Sekretariat Kecamatan',1);
INSERT INTO units VALUES(49,34,'02','Seksi-Seksi',1);
INSERT INTO units VALUES(50,35,'01','Sekretariat Kecamatan',1);
INSERT INTO units VALUES(51,35,'02','Seksi-Seksi',1);
INSERT INTO units VALUES(52,36,'01','Sekretariat Kecamatan',1);
INSERT INTO units VALUES(53,36,'02','Seksi-Seksi',1);
INSERT INTO units VALUES(54,37,'01','Sekretariat Kecamatan',1);
INSERT INTO units VALUES(55,37,'02','Seksi-Seksi',1);
INSERT INTO units VALUES(56,38,'01','Sekretariat Kecamatan',1);
INSERT INTO units VALUES(57,38,'02','Seksi-Seksi',1);
INSERT INTO units VALUES(58,39,'01','Sekretariat Kecamatan',1);
INSERT INTO units VALUES(59,39,'02','Seksi-Seksi',1);
INSERT INTO units VALUES(60,40,'01','Sekretariat Kecamatan',1);
INSERT INTO units VALUES(61,40,'02','Seksi-Seksi',1);
INSERT INTO units VALUES(62,41,'01','Sekretariat Kecamatan',1);
INSERT INTO units VALUES(63,41,'02','Seksi-Seksi',1);
INSERT INTO units VALUES(64,42,'01','Sekretariat Kecamatan',1);
INSERT INTO units VALUES(65,42,'02','Seksi-Seksi',1);
INSERT INTO units VALUES(66,43,'01','Sekretariat Kecamatan',1);
INSERT INTO units VALUES(67,43,'02','Seksi-Seksi',1);
INSERT INTO units VALUES(68,44,'01','Sekretariat Kecamatan',1);
INSERT INTO units VALUES(69,44,'02','Seksi-Seksi',1);
INSERT INTO units VALUES(70,45,'01','Sekretariat Kecamatan',1);
INSERT INTO units VALUES(71,45,'02','Seksi-Seksi',1);
INSERT INTO units VALUES(72,46,'01','Sekretariat Kecamatan',1);
INSERT INTO units VALUES(73,46,'02','Seksi-Seksi',1);
INSERT INTO units VALUES(74,47,'01','Sekretariat Kecamatan',1);
INSERT INTO units VALUES(75,47,'02','Seksi-Seksi',1);
INSERT INTO units VALUES(76,48,'01','Sekretariat Kecamatan',1);
INSERT INTO units VALUES(77,48,'02','Seksi-Seksi',1);
INSERT INTO units VALUES(78,49,'01','Sekretariat Kecamatan',1);
INSERT INTO units VALUES(79,49,'02','Seksi-Seksi',1);
INSERT INTO units VALUES(80,50,'01','Sekretariat Kecamatan',1);
INSERT INTO units VALUES(81,50,'02','Seksi-Seksi',1);
INSERT INTO units VALUES(82,51,'01','Sekretariat Kecamatan',1);
INSERT INTO units VALUES(83,51,'02','Seksi-Seksi',1);
INSERT INTO units VALUES(84,52,'01','Sekretariat Kecamatan',1);
INSERT INTO units VALUES(85,52,'02','Seksi-Seksi',1);
INSERT INTO units VALUES(86,53,'01','Sekretariat Kecamatan',1);
INSERT INTO units VALUES(87,53,'02','Seksi-Seksi',1);
CREATE TABLE imported_files (
	id INTEGER NOT NULL, 
	run_id INTEGER NOT NULL, 
	path TEXT NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	outcome VARCHAR(20) NOT NULL, 
	agency_id INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(run_id) REFERENCES import_runs (id), 
	FOREIGN KEY(agency_id) REFERENCES agencies (id)
);
INSERT INTO imported_files VALUES(1,1,'/samples/organisasi/organisasi-contoh-kukar.xlsx','89df3abbdc4c012b213b3166b70882b8ca6ac0216d0fe264a8847a857147c16c','organisasi','baru',NULL);
INSERT INTO imported_files VALUES(2,1,'/samples/inventaris/inventaris-01-setda.xlsx','a382acbf9a4374a5b4eee2d56fda9577b0a2037b31d73c0c92d02e9ab5e3f52b','inventaris','baru',1);
INSERT INTO imported_files VALUES(3,1,'/samples/inventaris/inventaris-12-disdukcapil.xlsx','909d2c06e076fe4d6a0d6f408c593ba092429a0f468f3593680024277d865424','inventaris','baru',12);
INSERT INTO imported_files VALUES(4,1,'/samples/inventaris/inventaris-34-kec-tenggarong.xlsx','bef929fc70ea2d776a61f229ec5b58a42f0406503431c335358293928e2c8f6f','inventaris','baru',34);
INSERT INTO imported_files VALUES(5,2,'/samples/lifecycle/status-sop-01-setda-2025.xlsx','5576aafd5b1b84245a76893f86c295d89f2681dd6143119d80e7ddc6f89e99dd','status_sop','baru',1);
INSERT INTO imported_files VALUES(6,2,'/samples/lifecycle/status-sop-12-disdukcapil-2025.xlsx','c486768c988f404465371d8ecf86c03025710d50616ed2e1e84baa22d1a52290','status_sop','baru',12);
INSERT INTO imported_files VALUES(7,2,'/samples/lifecycle/status-sop-34-kec-tenggarong-2025.xlsx','f3b60a6e4bc6457263e512a223107163ef62d16d2a3fb0f5848f272a4fbf716c','status_sop','baru',34);
INSERT INTO imported_files VALUES(8,2,'/samples/lifecycle/evaluasi-sop-01-setda-2025.xlsx','0fda81f0292d465d65c6bc2bed55bc9f7304417c8eb3b22b4c48b08fe268ee55','evaluasi_sop','baru',1);
INSERT INTO imported_files VALUES(9,2,'/samples/lifecycle/monitoring-sop-01-setda-2025.xlsx','4514697ebb062580a4eaa963b22ec8293a6470faf6fb772c986da4321515a148','monitoring_sop','baru',1);
INSERT INTO imported_files VALUES(10,2,'/samples/lifecycle/evaluasi-sop-12-disdukcapil-2025.xlsx','693748dfb8e06a13e561c64253b11939c51e45c7d28fe814d99ce0d5da3a3664','evaluasi_sop','baru',12);
INSERT INTO imported_files VALUES(11,2,'/samples/lifecycle/monitoring-sop-12-disdukcapil-2025.xlsx','6ad582dfcbf6d6ed5727420724b91af8e7282b793d2b84685f3b383866a9e2c0','monitoring_sop','baru',12);
INSERT INTO imported_files VALUES(12,2,'/samples/lifecycle/evaluasi-sop-34-kec-tenggarong-2025.xlsx','5b599c1e2511fd6666c74088671d7ad90307cf000cde6f9fcb3e1aa4838193a4','evaluasi_sop','baru',34);
INSERT INTO imported_files VALUES(13,2,'/samples/lifecycle/monitoring-sop-34-kec-tenggarong-2025.xlsx','cebb66e3bb2f1c7ee2b66c2f5c47a12b883c3d790217b6b2589cf8099d6fcf8c','monitoring_sop','baru',34);
INSERT INTO imported_files VALUES(14,2,'/samples/lifecycle/pengawasan-sop-01-setda-2025q1.xlsx','be2a18fec38172e5227d7cdbac04eef1da13579d5e7773b66c9190d74d1915ad','pengawasan_sop','baru',1);
INSERT INTO imported_files VALUES(15,2,'/samples/lifecycle/pengawasan-sop-12-disdukcapil-2025q1.xlsx','030782f95f681d531d8c3281edc78f26f524ac326e28900e1b168e7dc20c0636','pengawasan_sop','baru',12);
INSERT INTO imported_files VALUES(16,2,'/samples/lifecycle/pengawasan-sop-34-kec-tenggarong-2025q1.xlsx','c3b9a1743178236d00b47b1ba3a154322752799c964a6ee61648a3fed6349b43','pengawasan_sop','baru',34);
INSERT INTO imported_files VALUES(17,2,'/samples/lifecycle/pengawasan-sop-01-setda-2025q2.xlsx','f1d86a529be34961cd71634bba90ea77dd17ea6e756409b093226acfab62a04b','pengawasan_sop','baru',1);
INSERT INTO imported_files VALUES(18,2,'/samples/lifecycle/pengawasan-sop-12-disdukcapil-2025q2.xlsx','11feab91a126f146dd01bcebcc2917c3ad7d4e6807962f1a7a798b23f33cfcf8','pengawasan_sop','baru',12);
INSERT INTO imported_files VALUES(19,2,'/samples/lifecycle/pengawasan-sop-34-kec-tenggarong-2025q2.xlsx','e80f259c42825b0ab07efcc3263c4c79d4f2410dfc9996b1187c3246615af1d1','pengawasan_sop','baru',34);
INSERT INTO imported_files VALUES(20,2,'/samples/lifecycle/pengawasan-sop-01-setda-2025q3.xlsx','80af64f8ed7f180c2e29b3bd257637e724fc1d8c01b12a364385f970b1c385c4','pengawasan_sop','baru',1);
INSERT INTO imported_files VALUES(21,2,'/samples/lifecycle/pengawasan-sop-12-disdukcapil-2025q3.xlsx','9dd39842f1342d98a8d65a319bc9a419721074950c6d6248be057ccf393e80a8','pengawasan_sop','baru',12);
INSERT INTO imported_files VALUES(22,2,'/samples/lifecycle/pengawasan-sop-01-setda-2025q4.xlsx','78c5606a117f920c1fece30fc40e256bf4eae60ec58e999809a69f9c4473f447','pengawasan_sop','baru',1);
INSERT INTO imported_files VALUES(23,2,'/samples/lifecycle/pengawasan-sop-12-disdukcapil-2025q4.xlsx','35b7a2edbc431254b16a14389bb632fffb03f7cb149f4e410da88a5c8f418680','pengawasan_sop','baru',12);
CREATE TABLE lifecycle_forms (
	id INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	agency_id INTEGER NOT NULL, 
	period VARCHAR(10) NOT NULL, 
	run_id INTEGER NOT NULL, 
	path TEXT NOT NULL, 
	content_hash VARCHAR(64) NOT NULL, 
	superseded_run INTEGER, 
	evaluated_on DATE, 
	evaluators TEXT, 
	reported_on DATE, 
	reported_to TEXT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(agency_id) REFERENCES agencies (id), 
	FOREIGN KEY(run_id) REFERENCES import_runs (id), 
	FOREIGN KEY(superseded_run) REFERENCES import_runs (id)
);
INSERT INTO lifecycle_forms VALUES(1,'status_sop',1,'2025',2,'/samples/lifecycle/status-sop-01-setda-2025.xlsx','0b35416f67ddd621e87f5198ee10dcff1172042edb14050c1459e38d595ecb14',NULL,NULL,NULL,NULL,NULL);
INSERT INTO lifecycle_forms VALUES(2,'status_sop',12,'2025',2,'/samples/lifecycle/status-sop-12-disdukcapil-2025.xlsx','b8dee340eb78740d70765092c9aee260ebe02353685ff26bfa114ea6f083a919',NULL,NULL,NULL,NULL,NULL);
INSERT INTO lifecycle_forms VALUES(3,'status_sop',34,'2025',2,'/samples/lifecycle/status-sop-34-kec-tenggarong-2025.xlsx','be9de7aee0355f48118bcd7561174011ab35dd6679503ba10794837c807cf011',NULL,NULL,NULL,NULL,NULL);
INSERT INTO lifecycle_forms VALUES(4,'evaluasi_sop',1,'2025',2,'/samples/lifecycle/evaluasi-sop-01-setda-2025.xlsx','ae985c6a4c5adb3fddeee456f2d1543bc8ae70049224dcfc16f3538c46b5cb14',NULL,'2025-12-15','Sekretaris bersama Kepala Bidang dan koordinator SOP',NULL,NULL);
INSERT INTO lifecycle_forms VALUES(5,'monitoring_sop',1,'2025',2,'/samples/lifecycle/monitoring-sop-01-setda-2025.xlsx','b95a40ad16aefe828310fe73d5f97d8436171fccdbc4989cfed6a677252723f0',NULL,NULL,NULL,NULL,NULL);
INSERT INTO lifecycle_forms VALUES(6,'evaluasi_sop',12,'2025',2,'/samples/lifecycle/evaluasi-sop-12-disdukcapil-2025.xlsx','c8b02761a0b048c594e7f9130168d0d02a4f22b601115eda0621c634d4ae4680',NULL,'2025-12-15','Sekretaris bersama Kepala Bidang dan koordinator SOP',NULL,NULL);
INSERT INTO lifecycle_forms VALUES(7,'monitoring_sop',12,'2025',2,'/samples/lifecycle/monitoring-sop-12-disdukcapil-2025.xlsx','258e86aaf2ef9a659b72a98bd749b27387239107b60057a184929e78b225c9b1',NULL,NULL,NULL,NULL,NULL);
INSERT INTO lifecycle_forms VALUES(8,'evaluasi_sop',34,'2025',2,'/samples/lifecycle/evaluasi-sop-34-kec-tenggarong-2025.xlsx','3f40c42183fb35b11c490bb61852a3b03a3962591b27ec1558b6480d5d3e70e1',NULL,'2025-12-15','Sekretaris bersama Kepala Bidang dan koordinator SOP',NULL,NULL);
INSERT INTO lifecycle_forms VALUES(9,'monitoring_sop',34,'2025',2,'/samples/lifecycle/monitoring-sop-34-kec-tenggarong-2025.xlsx','ddf9f75b1f0d3bee3a5145d4c091cb7bd847b0c9878dac73b78a4792c8cb634b',NULL,NULL,NULL,NULL,NULL);
INSERT INTO lifecycle_forms VALUES(10,'pengawasan_sop',1,'2025Q1',2,'/samples/lifecycle/pengawasan-sop-01-setda-2025q1.xlsx','fa920a31808855f3739281ae0da2a26669f129e7e744765ac6d1f3bc3f6e9fd0',NULL,NULL,NULL,'2025-04-05','Kepala Sekretariat Daerah');
INSERT INTO lifecycle_forms VALUES(11,'pengawasan_sop',12,'2025Q1',2,'/samples/lifecycle/pengawasan-sop-12-disdukcapil-2025q1.xlsx','d2a35328af9bbc91d281f6ab6e292b822a91aa56810529703cc00d42476abcc0',NULL,NULL,NULL,'2025-04-05','Kepala Dinas Kependudukan dan Pencatatan Sipil');
INSERT INTO lifecycle_forms VALUES(12,'pengawasan_sop',34,'2025Q1',2,'/samples/lifecycle/pengawasan-sop-34-kec-tenggarong-2025q1.xlsx','21c88d78e0c663fbe6dce69fa498d4de3a92e57840141bf2ca0d5d4b549ff783',NULL,NULL,NULL,'2025-04-05','Kepala Kecamatan Tenggarong');
INSERT INTO lifecycle_forms VALUES(13,'pengawasan_sop',1,'2025Q2',2,'/samples/lifecycle/pengawasan-sop-01-setda-2025q2.xlsx','7057cc82ce841b52361c1b4dbb783326e63945639bb45077aa054146c77f0cc6',NULL,NULL,NULL,'2025-07-05','Kepala Sekretariat Daerah');
INSERT INTO lifecycle_forms VALUES(14,'pengawasan_sop',12,'2025Q2',2,'/samples/lifecycle/pengawasan-sop-12-disdukcapil-2025q2.xlsx','ec78b6efc166922d9d5d9a705f5213e1489291afd27d3dc98e2624f35f049805',NULL,NULL,NULL,'2025-07-05','Kepala Dinas Kependudukan dan Pencatatan Sipil');
INSERT INTO lifecycle_forms VALUES(15,'pengawasan_sop',34,'2025Q2',2,'/samples/lifecycle/pengawasan-sop-34-kec-tenggarong-2025q2.xlsx','e07346a2b27fb73afb540e2d8cb87f187cf247a9622842cbb489585e05835593',NULL,NULL,NULL,'2025-07-05','Kepala Kecamatan Tenggarong');
INSERT INTO lifecycle_forms VALUES(16,'pengawasan_sop',1,'2025Q3',2,'/samples/lifecycle/pengawasan-sop-01-setda-2025q3.xlsx','84c94fb0894b80ed71c0a04a4b765905a1111a670499cc13bc8fb2616bbd71ec',NULL,NULL,NULL,'2025-10-05','Kepala Sekretariat Daerah');
INSERT INTO lifecycle_forms VALUES(17,'pengawasan_sop',12,'2025Q3',2,'/samples/lifecycle/pengawasan-sop-12-disdukcapil-2025q3.xlsx','3729430e47f57f5d2ab9221ebffeb527eaa97df66703b546d04fdc0117ad429d',NULL,NULL,NULL,'2025-10-05','Kepala Dinas Kependudukan dan Pencatatan Sipil');
INSERT INTO lifecycle_forms VALUES(18,'pengawasan_sop',1,'2025Q4',2,'/samples/lifecycle/pengawasan-sop-01-setda-2025q4.xlsx','26dc1a8cbcf48507b246081b3f195cd372c561898c59691b2fc33253aa69d1d6',NULL,NULL,NULL,'2026-01-05','Kepala Sekretariat Daerah');
INSERT INTO lifecycle_forms VALUES(19,'pengawasan_sop',12,'2025Q4',2,'/samples/lifecycle/pengawasan-sop-12-disdukcapil-2025q4.xlsx','5f397aed61eb435163fd0fe4d7fcb34571ddb4b605b67266b00dd11dd00d3f28',NULL,NULL,NULL,'2026-01-05','Kepala Dinas Kependudukan dan Pencatatan Sipil');
CREATE TABLE sections (
	id INTEGER NOT NULL, 
	unit_id INTEGER NOT NULL, 
	code VARCHAR(20) NOT NULL, 
	name VARCHAR(300) NOT NULL, 
	active BOOLEAN NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_sections_unit_code UNIQUE (unit_id, code), 
	FOREIGN KEY(unit_id) REFERENCES units (id)
);
INSERT INTO sections VALUES(1,1,'01','Sub Bagian Kelembagaan dan Analisis Jabatan',1);
INSERT INTO sections VALUES(2,1,'02','Sub Bagian Pelayanan Publik dan Tata Laksana',1);
INSERT INTO sections VALUES(3,1,'03','Sub Bagian Kinerja dan Reformasi Birokrasi',1);
INSERT INTO sections VALUES(4,2,'01','Sub Bagian Perundang-undangan',1);
INSERT INTO sections VALUES(5,2,'02','Sub Bagian Bantuan Hukum',1);
INSERT INTO sections VALUES(6,2,'03','Sub Bagian Dokumentasi dan Informasi Hukum',1);
INSERT INTO sections VALUES(7,3,'01','Sub Bagian Tata Usaha Pimpinan',1);
INSERT INTO sections VALUES(8,3,'02','Sub Bagian Rumah Tangga',1);
INSERT INTO sections VALUES(9,3,'03','Sub Bagian Protokol',1);
INSERT INTO sections VALUES(10,4,'01','Sub Bagian Otonomi Daerah',1);
INSERT INTO sections VALUES(11,4,'02','Sub Bagian Kewilayahan',1);
INSERT INTO sections VALUES(12,4,'03','Sub Bagian Kerja Sama',1);
INSERT INTO sections VALUES(13,5,'01','Sub Bagian Tata Usaha',1);
INSERT INTO sections VALUES(14,5,'02','Sub Bagian Keuangan',1);
INSERT INTO sections VALUES(15,6,'01','Sub Bagian Persidangan',1);
INSERT INTO sections VALUES(16,6,'02','Sub Bagian Perundang-undangan',1);
INSERT INTO sections VALUES(17,7,'01','Kelompok Auditor Wilayah I',1);
INSERT INTO sections VALUES(18,8,'01','Kelompok Auditor Wilayah II',1);
INSERT INTO sections VALUES(19,9,'01','Sub Bagian Perencanaan',1);
INSERT INTO sections VALUES(20,9,'02','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(21,9,'03','Sub Bagian Keuangan',1);
INSERT INTO sections VALUES(22,10,'01','Seksi Kurikulum SD',1);
INSERT INTO sections VALUES(23,10,'02','Seksi Peserta Didik SD',1);
INSERT INTO sections VALUES(24,11,'01','Seksi Kurikulum SMP',1);
INSERT INTO sections VALUES(25,11,'02','Seksi Peserta Didik SMP',1);
INSERT INTO sections VALUES(26,12,'01','Seksi Cagar Budaya',1);
INSERT INTO sections VALUES(27,12,'02','Seksi Kesenian',1);
INSERT INTO sections VALUES(28,13,'01','Sub Bagian Perencanaan',1);
INSERT INTO sections VALUES(29,13,'02','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(30,13,'03','Sub Bagian Keuangan',1);
INSERT INTO sections VALUES(31,14,'01','Seksi Kesehatan Keluarga dan Gizi',1);
INSERT INTO sections VALUES(32,15,'01','Seksi Pelayanan Kesehatan Primer',1);
INSERT INTO sections VALUES(33,16,'01','Seksi Surveilans dan Imunisasi',1);
INSERT INTO sections VALUES(34,17,'01','Sub Bagian Perencanaan',1);
INSERT INTO sections VALUES(35,17,'02','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(36,17,'03','Sub Bagian Keuangan',1);
INSERT INTO sections VALUES(37,18,'01','Sub Bagian Perencanaan',1);
INSERT INTO sections VALUES(38,18,'02','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(39,18,'03','Sub Bagian Keuangan',1);
INSERT INTO sections VALUES(40,19,'01','Sub Bagian Perencanaan',1);
INSERT INTO sections VALUES(41,19,'02','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(42,19,'03','Sub Bagian Keuangan',1);
INSERT INTO sections VALUES(43,20,'01','Sub Bagian Perencanaan',1);
INSERT INTO sections VALUES(44,20,'02','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(45,20,'03','Sub Bagian Keuangan',1);
INSERT INTO sections VALUES(46,21,'01','Sub Bagian Perencanaan',1);
INSERT INTO sections VALUES(47,21,'02','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(48,21,'03','Sub Bagian Keuangan',1);
INSERT INTO sections VALUES(49,22,'01','Sub Bagian Perencanaan',1);
INSERT INTO sections VALUES(50,22,'02','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(51,22,'03','Sub Bagian Keuangan',1);
INSERT INTO sections VALUES(52,23,'01','Sub Bagian Perencanaan',1);
INSERT INTO sections VALUES(53,23,'02','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(54,23,'03','Sub Bagian Keuangan',1);
INSERT INTO sections VALUES(55,24,'01','Seksi Identitas Penduduk',1);
INSERT INTO sections VALUES(56,24,'02','Seksi Pindah Datang Penduduk',1);
INSERT INTO sections VALUES(57,24,'03','Seksi Pendataan',1);
INSERT INTO sections VALUES(58,25,'01','Seksi Kelahiran',1);
INSERT INTO sections VALUES(59,25,'02','Seksi Perkawinan dan Perceraian',1);
INSERT INTO sections VALUES(60,25,'03','Seksi Kematian',1);
INSERT INTO sections VALUES(61,26,'01','Seksi Sistem Informasi',1);
INSERT INTO sections VALUES(62,26,'02','Seksi Pengolahan dan Penyajian Data',1);
INSERT INTO sections VALUES(63,27,'01','Sub Bagian Perencanaan',1);
INSERT INTO sections VALUES(64,27,'02','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(65,27,'03','Sub Bagian Keuangan',1);
INSERT INTO sections VALUES(66,28,'01','Sub Bagian Perencanaan',1);
INSERT INTO sections VALUES(67,28,'02','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(68,28,'03','Sub Bagian Keuangan',1);
INSERT INTO sections VALUES(69,29,'01','Sub Bagian Perencanaan',1);
INSERT INTO sections VALUES(70,29,'02','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(71,29,'03','Sub Bagian Keuangan',1);
INSERT INTO sections VALUES(72,30,'01','Sub Bagian Perencanaan',1);
INSERT INTO sections VALUES(73,30,'02','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(74,30,'03','Sub Bagian Keuangan',1);
INSERT INTO sections VALUES(75,31,'01','Sub Bagian Perencanaan',1);
INSERT INTO sections VALUES(76,31,'02','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(77,31,'03','Sub Bagian Keuangan',1);
INSERT INTO sections VALUES(78,32,'01','Sub Bagian Perencanaan',1);
INSERT INTO sections VALUES(79,32,'02','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(80,32,'03','Sub Bagian Keuangan',1);
INSERT INTO sections VALUES(81,33,'01','Sub Bagian Perencanaan',1);
INSERT INTO sections VALUES(82,33,'02','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(83,33,'03','Sub Bagian Keuangan',1);
INSERT INTO sections VALUES(84,34,'01','Sub Bagian Perencanaan',1);
INSERT INTO sections VALUES(85,34,'02','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(86,34,'03','Sub Bagian Keuangan',1);
INSERT INTO sections VALUES(87,35,'01','Sub Bagian Perencanaan',1);
INSERT INTO sections VALUES(88,35,'02','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(89,35,'03','Sub Bagian Keuangan',1);
INSERT INTO sections VALUES(90,36,'01','Sub Bagian Perencanaan',1);
INSERT INTO sections VALUES(91,36,'02','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(92,36,'03','Sub Bagian Keuangan',1);
INSERT INTO sections VALUES(93,37,'01','Sub Bagian Perencanaan',1);
INSERT INTO sections VALUES(94,37,'02','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(95,37,'03','Sub Bagian Keuangan',1);
INSERT INTO sections VALUES(96,38,'01','Sub Bagian Perencanaan',1);
INSERT INTO sections VALUES(97,38,'02','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(98,38,'03','Sub Bagian Keuangan',1);
INSERT INTO sections VALUES(99,39,'01','Sub Bagian Perencanaan',1);
INSERT INTO sections VALUES(100,39,'02','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(101,39,'03','Sub Bagian Keuangan',1);
INSERT INTO sections VALUES(102,40,'01','Sub Bagian Perencanaan',1);
INSERT INTO sections VALUES(103,40,'02','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(104,40,'03','Sub Bagian Keuangan',1);
INSERT INTO sections VALUES(105,41,'01','Sub Bagian Perencanaan',1);
INSERT INTO sections VALUES(106,41,'02','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(107,41,'03','Sub Bagian Keuangan',1);
INSERT INTO sections VALUES(108,42,'01','Sub Bagian Perencanaan',1);
INSERT INTO sections VALUES(109,42,'02','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(110,42,'03','Sub Bagian Keuangan',1);
INSERT INTO sections VALUES(111,43,'01','Sub Bagian Perencanaan',1);
INSERT INTO sections VALUES(112,43,'02','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(113,43,'03','Sub Bagian Keuangan',1);
INSERT INTO sections VALUES(114,44,'01','Sub Bagian Perencanaan',1);
INSERT INTO sections VALUES(115,44,'02','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(116,44,'03','Sub Bagian Keuangan',1);
INSERT INTO sections VALUES(117,45,'01','Sub Bagian Perencanaan',1);
INSERT INTO sections VALUES(118,45,'02','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(119,45,'03','Sub Bagian Keuangan',1);
INSERT INTO sections VALUES(120,46,'01','Sub Bagian Perencanaan',1);
INSERT INTO sections VALUES(121,46,'02','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(122,46,'03','Sub Bagian Keuangan',1);
INSERT INTO sections VALUES(123,47,'01','Sub Bagian Perencanaan',1);
INSERT INTO sections VALUES(124,47,'02','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(125,47,'03','Sub Bagian Keuangan',1);
INSERT INTO sections VALUES(126,48,'01','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(127,48,'02','Sub Bagian Perencanaan dan Keuangan',1);
INSERT INTO sections VALUES(128,49,'01','Seksi Pemerintahan',1);
INSERT INTO sections VALUES(129,49,'02','Seksi Ketenteraman dan Ketertiban Umum',1);
INSERT INTO sections VALUES(130,49,'03','Seksi Pemberdayaan Masyarakat dan Desa',1);
INSERT INTO sections VALUES(131,49,'04','Seksi Pelayanan Umum',1);
INSERT INTO sections VALUES(132,49,'05','Seksi Kesejahteraan Sosial',1);
INSERT INTO sections VALUES(133,50,'01','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(134,50,'02','Sub Bagian Perencanaan dan Keuangan',1);
INSERT INTO sections VALUES(135,51,'01','Seksi Pemerintahan',1);
INSERT INTO sections VALUES(136,51,'02','Seksi Ketenteraman dan Ketertiban Umum',1);
INSERT INTO sections VALUES(137,51,'03','Seksi Pemberdayaan Masyarakat dan Desa',1);
INSERT INTO sections VALUES(138,51,'04','Seksi Pelayanan Umum',1);
INSERT INTO sections VALUES(139,51,'05','Seksi Kesejahteraan Sosial',1);
INSERT INTO sections VALUES(140,52,'01','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(141,52,'02','Sub Bagian Perencanaan dan Keuangan',1);
INSERT INTO sections VALUES(142,53,'01','Seksi Pemerintahan',1);
INSERT INTO sections VALUES(143,53,'02','Seksi Ketenteraman dan Ketertiban Umum',1);
INSERT INTO sections VALUES(144,53,'03','Seksi Pemberdayaan Masyarakat dan Desa',1);
INSERT INTO sections VALUES(145,53,'04','Seksi Pelayanan Umum',1);
INSERT INTO sections VALUES(146,53,'05','Seksi Kesejahteraan Sosial',1);
INSERT INTO sections VALUES(147,54,'01','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(148,54,'02','Sub Bagian Perencanaan dan Keuangan',1);
INSERT INTO sections VALUES(149,55,'01','Seksi Pemerintahan',1);
INSERT INTO sections VALUES(150,55,'02','Seksi Ketenteraman dan Ketertiban Umum',1);
INSERT INTO sections VALUES(151,55,'03','Seksi Pemberdayaan Masyarakat dan Desa',1);
INSERT INTO sections VALUES(152,55,'04','Seksi Pelayanan Umum',1);
INSERT INTO sections VALUES(153,55,'05','Seksi Kesejahteraan Sosial',1);
INSERT INTO sections VALUES(154,56,'01','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(155,56,'02','Sub Bagian Perencanaan dan Keuangan',1);
INSERT INTO sections VALUES(156,57,'01','Seksi Pemerintahan',1);
INSERT INTO sections VALUES(157,57,'02','Seksi Ketenteraman dan Ketertiban Umum',1);
INSERT INTO sections VALUES(158,57,'03','Seksi Pemberdayaan Masyarakat dan Desa',1);
INSERT INTO sections VALUES(159,57,'04','Seksi Pelayanan Umum',1);
INSERT INTO sections VALUES(160,57,'05','Seksi Kesejahteraan Sosial',1);
INSERT INTO sections VALUES(161,58,'01','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(162,58,'02','Sub Bagian Perencanaan dan Keuangan',1);
INSERT INTO sections VALUES(163,59,'01','Seksi Pemerintahan',1);
INSERT INTO sections VALUES(164,59,'02','Seksi Ketenteraman dan Ketertiban Umum',1);
INSERT INTO sections VALUES(165,59,'03','Seksi Pemberdayaan Masyarakat dan Desa',1);
INSERT INTO sections VALUES(166,59,'04','Seksi Pelayanan Umum',1);
INSERT INTO sections VALUES(167,59,'05','Seksi Kesejahteraan Sosial',1);
INSERT INTO sections VALUES(168,60,'01','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(169,60,'02','Sub Bagian Perencanaan dan Keuangan',1);
INSERT INTO sections VALUES(170,61,'01','Seksi Pemerintahan',1);
INSERT INTO sections VALUES(171,61,'02','Seksi Ketenteraman dan Ketertiban Umum',1);
INSERT INTO sections VALUES(172,61,'03','Seksi Pemberdayaan Masyarakat dan Desa',1);
INSERT INTO sections VALUES(173,61,'04','Seksi Pelayanan Umum',1);
INSERT INTO sections VALUES(174,61,'05','Seksi Kesejahteraan Sosial',1);
INSERT INTO sections VALUES(175,62,'01','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(176,62,'02','Sub Bagian Perencanaan dan Keuangan',1);
INSERT INTO sections VALUES(177,63,'01','Seksi Pemerintahan',1);
INSERT INTO sections VALUES(178,63,'02','Seksi Ketenteraman dan Ketertiban Umum',1);
INSERT INTO sections VALUES(179,63,'03','Seksi Pemberdayaan Masyarakat dan Desa',1);
INSERT INTO sections VALUES(180,63,'04','Seksi Pelayanan Umum',1);
INSERT INTO sections VALUES(181,63,'05','Seksi Kesejahteraan Sosial',1);
INSERT INTO sections VALUES(182,64,'01','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(183,64,'02','Sub Bagian Perencanaan dan Keuangan',1);
INSERT INTO sections VALUES(184,65,'01','Seksi Pemerintahan',1);
INSERT INTO sections VALUES(185,65,'02','Seksi Ketenteraman dan Ketertiban Umum',1);
INSERT INTO sections VALUES(186,65,'03','Seksi Pemberdayaan Masyarakat dan Desa',1);
INSERT INTO sections VALUES(187,65,'04','Seksi Pelayanan Umum',1);
INSERT INTO sections VALUES(188,65,'05','Seksi Kesejahteraan Sosial',1);
INSERT INTO sections VALUES(189,66,'01','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(190,66,'02','Sub Bagian Perencanaan dan Keuangan',1);
INSERT INTO sections VALUES(191,67,'01','Seksi Pemerintahan',1);
INSERT INTO sections VALUES(192,67,'02','Seksi Ketenteraman dan Ketertiban Umum',1);
INSERT INTO sections VALUES(193,67,'03','Seksi Pemberdayaan Masyarakat dan Desa',1);
INSERT INTO sections VALUES(194,67,'04','Seksi Pelayanan Umum',1);
INSERT INTO sections VALUES(195,67,'05','Seksi Kesejahteraan Sosial',1);
INSERT INTO sections VALUES(196,68,'01','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(197,68,'02','Sub Bagian Perencanaan dan Keuangan',1);
INSERT INTO sections VALUES(198,69,'01','Seksi Pemerintahan',1);
INSERT INTO sections VALUES(199,69,'02','Seksi Ketenteraman dan Ketertiban Umum',1);
INSERT INTO sections VALUES(200,69,'03','Seksi Pemberdayaan Masyarakat dan Desa',1);
INSERT INTO sections VALUES(201,69,'04','Seksi Pelayanan Umum',1);
INSERT INTO sections VALUES(202,69,'05','Seksi Kesejahteraan Sosial',1);
INSERT INTO sections VALUES(203,70,'01','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(204,70,'02','Sub Bagian Perencanaan dan Keuangan',1);
INSERT INTO sections VALUES(205,71,'01','Seksi Pemerintahan',1);
INSERT INTO sections VALUES(206,71,'02','Seksi Ketenteraman dan Ketertiban Umum',1);
INSERT INTO sections VALUES(207,71,'03','Seksi Pemberdayaan Masyarakat dan Desa',1);
INSERT INTO sections VALUES(208,71,'04','Seksi Pelayanan Umum',1);
INSERT INTO sections VALUES(209,71,'05','Seksi Kesejahteraan Sosial',1);
INSERT INTO sections VALUES(210,72,'01','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(211,72,'02','Sub Bagian Perencanaan dan Keuangan',1);
INSERT INTO sections VALUES(212,73,'01','Seksi Pemerintahan',1);
INSERT INTO sections VALUES(213,73,'02','Seksi Ketenteraman dan Ketertiban Umum',1);
INSERT INTO sections VALUES(214,73,'03','Seksi Pemberdayaan Masyarakat dan Desa',1);
INSERT INTO sections VALUES(215,73,'04','Seksi Pelayanan Umum',1);
INSERT INTO sections VALUES(216,73,'05','Seksi Kesejahteraan Sosial',1);
INSERT INTO sections VALUES(217,74,'01','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(218,74,'02','Sub Bagian Perencanaan dan Keuangan',1);
INSERT INTO sections VALUES(219,75,'01','Seksi Pemerintahan',1);
INSERT INTO sections VALUES(220,75,'02','Seksi Ketenteraman dan Ketertiban Umum',1);
INSERT INTO sections VALUES(221,75,'03','Seksi Pemberdayaan Masyarakat dan Desa',1);
INSERT INTO sections VALUES(222,75,'04','Seksi Pelayanan Umum',1);
INSERT INTO sections VALUES(223,75,'05','Seksi Kesejahteraan Sosial',1);
INSERT INTO sections VALUES(224,76,'01','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(225,76,'02','Sub Bagian Perencanaan dan Keuangan',1);
INSERT INTO sections VALUES(226,77,'01','Seksi Pemerintahan',1);
INSERT INTO sections VALUES(227,77,'02','Seksi Ketenteraman dan Ketertiban Umum',1);
INSERT INTO sections VALUES(228,77,'03','Seksi Pemberdayaan Masyarakat dan Desa',1);
INSERT INTO sections VALUES(229,77,'04','Seksi Pelayanan Umum',1);
INSERT INTO sections VALUES(230,77,'05','Seksi Kesejahteraan Sosial',1);
INSERT INTO sections VALUES(231,78,'01','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(232,78,'02','Sub Bagian Perencanaan dan Keuangan',1);
INSERT INTO sections VALUES(233,79,'01','Seksi Pemerintahan',1);
INSERT INTO sections VALUES(234,79,'02','Seksi Ketenteraman dan Ketertiban Umum',1);
INSERT INTO sections VALUES(235,79,'03','Seksi Pemberdayaan Masyarakat dan Desa',1);
INSERT INTO sections VALUES(236,79,'04','Seksi Pelayanan Umum',1);
INSERT INTO sections VALUES(237,79,'05','Seksi Kesejahteraan Sosial',1);
INSERT INTO sections VALUES(238,80,'01','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(239,80,'02','Sub Bagian Perencanaan dan Keuangan',1);
INSERT INTO sections VALUES(240,81,'01','Seksi Pemerintahan',1);
INSERT INTO sections VALUES(241,81,'02','Seksi Ketenteraman dan Ketertiban Umum',1);
INSERT INTO sections VALUES(242,81,'03','Seksi Pemberdayaan Masyarakat dan Desa',1);
INSERT INTO sections VALUES(243,81,'04','Seksi Pelayanan Umum',1);
INSERT INTO sections VALUES(244,81,'05','Seksi Kesejahteraan Sosial',1);
INSERT INTO sections VALUES(245,82,'01','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(246,82,'02','Sub Bagian Perencanaan dan Keuangan',1);
INSERT INTO sections VALUES(247,83,'01','Seksi Pemerintahan',1);
INSERT INTO sections VALUES(248,83,'02','Seksi Ketenteraman dan Ketertiban Umum',1);
INSERT INTO sections VALUES(249,83,'03','Seksi Pemberdayaan Masyarakat dan Desa',1);
INSERT INTO sections VALUES(250,83,'04','Seksi Pelayanan Umum',1);
INSERT INTO sections VALUES(251,83,'05','Seksi Kesejahteraan Sosial',1);
INSERT INTO sections VALUES(252,84,'01','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(253,84,'02','Sub Bagian Perencanaan dan Keuangan',1);
INSERT INTO sections VALUES(254,85,'01','Seksi Pemerintahan',1);
INSERT INTO sections VALUES(255,85,'02','Seksi Ketenteraman dan Ketertiban Umum',1);
INSERT INTO sections VALUES(256,85,'03','Seksi Pemberdayaan Masyarakat dan Desa',1);
INSERT INTO sections VALUES(257,85,'04','Seksi Pelayanan Umum',1);
INSERT INTO sections VALUES(258,85,'05','Seksi Kesejahteraan Sosial',1);
INSERT INTO sections VALUES(259,86,'01','Sub Bagian Umum dan Kepegawaian',1);
INSERT INTO sections VALUES(260,86,'02','Sub Bagian Perencanaan dan Keuangan',1);
INSERT INTO sections VALUES(261,87,'01','Seksi Pemerintahan',1);
INSERT INTO sections VALUES(262,87,'02','Seksi Ketenteraman dan Ketertiban Umum',1);
INSERT INTO sections VALUES(263,87,'03','Seksi Pemberdayaan Masyarakat dan Desa',1);
INSERT INTO sections VALUES(264,87,'04','Seksi Pelayanan Umum',1);
INSERT INTO sections VALUES(265,87,'05','Seksi Kesejahteraan Sosial',1);
CREATE TABLE findings (
	id INTEGER NOT NULL, 
	file_id INTEGER NOT NULL, 
	code VARCHAR(60) NOT NULL, 
	severity VARCHAR(20) NOT NULL, 
	sheet VARCHAR(100), 
	cell VARCHAR(20), 
	message TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(file_id) REFERENCES imported_files (id)
);
INSERT INTO findings VALUES(1,1,'ORG_SAMPLE','peringatan','SKPD',NULL,'Master organisasi ini masih CONTOH. Ganti isinya dengan daftar SOTK resmi Kabupaten sebelum kode nomor SOP ditetapkan.');
INSERT INTO findings VALUES(2,2,'INV_CRITERIA_NOT_MET','peringatan','Inventaris Judul SOP','D18','Baris 8: ''Penyelenggaraan Upacara Hari Besar Nasional'' tidak memenuhi kriteria kegiatan yang memerlukan SOP (Rutin/ Berulang). Tinjau kembali apakah judul ini perlu dibakukan sebagai SOP.');
INSERT INTO findings VALUES(3,2,'TITLE_DUPLICATE','peringatan','Inventaris Judul SOP','D15','Judul ''Penerimaan dan Pencatatan Surat Masuk'' (SETDA, Bagian Umum, Sub Bagian Tata Usaha Pimpinan, Nomor SOP 01.03.01.001) sama dengan judul ''Penerimaan dan Pencatatan Surat Masuk'' (DISDUKCAPIL, Sekretariat, Sub Bagian Umum dan Kepegawaian, Nomor SOP 12.01.02.001), kemiripan 100%. Pastikan tidak terjadi duplikasi atau tumpang tindih.');
INSERT INTO findings VALUES(4,2,'TITLE_DUPLICATE','peringatan','Inventaris Judul SOP','D15','Judul ''Penerimaan dan Pencatatan Surat Masuk'' (SETDA, Bagian Umum, Sub Bagian Tata Usaha Pimpinan, Nomor SOP 01.03.01.001) sama dengan judul ''Penerimaan dan Pencatatan Surat Masuk'' (KEC. TENGGARONG, Sekretariat Kecamatan, Sub Bagian Umum dan Kepegawaian, Nomor SOP 34.01.01.001), kemiripan 100%. Pastikan tidak terjadi duplikasi atau tumpang tindih.');
INSERT INTO findings VALUES(5,2,'TITLE_DUPLICATE','peringatan','Inventaris Judul SOP','D16','Judul ''Pengiriman Surat Keluar'' (SETDA, Bagian Umum, Sub Bagian Tata Usaha Pimpinan, Nomor SOP 01.03.01.002) sama dengan judul ''Pengiriman Surat Keluar'' (DISDUKCAPIL, Sekretariat, Sub Bagian Umum dan Kepegawaian, Nomor SOP 12.01.02.002), kemiripan 100%. Pastikan tidak terjadi duplikasi atau tumpang tindih.');
INSERT INTO findings VALUES(6,2,'TITLE_DUPLICATE','peringatan','Inventaris Judul SOP','D16','Judul ''Pengiriman Surat Keluar'' (SETDA, Bagian Umum, Sub Bagian Tata Usaha Pimpinan, Nomor SOP 01.03.01.002) mirip dengan judul ''Pengiriman Surat-Surat Keluar'' (KEC. TENGGARONG, Sekretariat Kecamatan, Sub Bagian Umum dan Kepegawaian, Nomor SOP 34.01.01.002), kemiripan 88%. Pastikan tidak terjadi duplikasi atau tumpang tindih.');
INSERT INTO findings VALUES(7,3,'TITLE_DUPLICATE','peringatan','Inventaris Judul SOP','D11','Judul ''Penerimaan dan Pencatatan Surat Masuk'' (DISDUKCAPIL, Sekretariat, Sub Bagian Umum dan Kepegawaian, Nomor SOP 12.01.02.001) sama dengan judul ''Penerimaan dan Pencatatan Surat Masuk'' (SETDA, Bagian Umum, Sub Bagian Tata Usaha Pimpinan, Nomor SOP 01.03.01.001), kemiripan 100%. Pastikan tidak terjadi duplikasi atau tumpang tindih.');
INSERT INTO findings VALUES(8,3,'TITLE_DUPLICATE','peringatan','Inventaris Judul SOP','D11','Judul ''Penerimaan dan Pencatatan Surat Masuk'' (DISDUKCAPIL, Sekretariat, Sub Bagian Umum dan Kepegawaian, Nomor SOP 12.01.02.001) sama dengan judul ''Penerimaan dan Pencatatan Surat Masuk'' (KEC. TENGGARONG, Sekretariat Kecamatan, Sub Bagian Umum dan Kepegawaian, Nomor SOP 34.01.01.001), kemiripan 100%. Pastikan tidak terjadi duplikasi atau tumpang tindih.');
INSERT INTO findings VALUES(9,3,'TITLE_DUPLICATE','peringatan','Inventaris Judul SOP','D12','Judul ''Pengiriman Surat Keluar'' (DISDUKCAPIL, Sekretariat, Sub Bagian Umum dan Kepegawaian, Nomor SOP 12.01.02.002) sama dengan judul ''Pengiriman Surat Keluar'' (SETDA, Bagian Umum, Sub Bagian Tata Usaha Pimpinan, Nomor SOP 01.03.01.002), kemiripan 100%. Pastikan tidak terjadi duplikasi atau tumpang tindih.');
INSERT INTO findings VALUES(10,3,'TITLE_DUPLICATE','peringatan','Inventaris Judul SOP','D12','Judul ''Pengiriman Surat Keluar'' (DISDUKCAPIL, Sekretariat, Sub Bagian Umum dan Kepegawaian, Nomor SOP 12.01.02.002) mirip dengan judul ''Pengiriman Surat-Surat Keluar'' (KEC. TENGGARONG, Sekretariat Kecamatan, Sub Bagian Umum dan Kepegawaian, Nomor SOP 34.01.01.002), kemiripan 88%. Pastikan tidak terjadi duplikasi atau tumpang tindih.');
INSERT INTO findings VALUES(11,3,'TITLE_DUPLICATE','peringatan','Inventaris Judul SOP','D18','Judul ''Penerbitan Akta Kelahiran'' (DISDUKCAPIL, Bidang Pelayanan Pencatatan Sipil, Seksi Kelahiran, Nomor SOP 12.03.01.001) mirip dengan judul ''Penerbitan Akta Kematian'' (DISDUKCAPIL, Bidang Pelayanan Pencatatan Sipil, Seksi Kematian, Nomor SOP 12.03.03.001), kemiripan 90%. Pastikan tidak terjadi duplikasi atau tumpang tindih.');
INSERT INTO findings VALUES(12,3,'TITLE_DUPLICATE','peringatan','Inventaris Judul SOP','D19','Judul ''Penerbitan Akta Kematian'' (DISDUKCAPIL, Bidang Pelayanan Pencatatan Sipil, Seksi Kematian, Nomor SOP 12.03.03.001) mirip dengan judul ''Penerbitan Akta Kelahiran'' (DISDUKCAPIL, Bidang Pelayanan Pencatatan Sipil, Seksi Kelahiran, Nomor SOP 12.03.01.001), kemiripan 90%. Pastikan tidak terjadi duplikasi atau tumpang tindih.');
INSERT INTO findings VALUES(13,4,'TITLE_DUPLICATE','peringatan','Inventaris Judul SOP','D11','Judul ''Penerimaan dan Pencatatan Surat Masuk'' (KEC. TENGGARONG, Sekretariat Kecamatan, Sub Bagian Umum dan Kepegawaian, Nomor SOP 34.01.01.001) sama dengan judul ''Penerimaan dan Pencatatan Surat Masuk'' (SETDA, Bagian Umum, Sub Bagian Tata Usaha Pimpinan, Nomor SOP 01.03.01.001), kemiripan 100%. Pastikan tidak terjadi duplikasi atau tumpang tindih.');
INSERT INTO findings VALUES(14,4,'TITLE_DUPLICATE','peringatan','Inventaris Judul SOP','D11','Judul ''Penerimaan dan Pencatatan Surat Masuk'' (KEC. TENGGARONG, Sekretariat Kecamatan, Sub Bagian Umum dan Kepegawaian, Nomor SOP 34.01.01.001) sama dengan judul ''Penerimaan dan Pencatatan Surat Masuk'' (DISDUKCAPIL, Sekretariat, Sub Bagian Umum dan Kepegawaian, Nomor SOP 12.01.02.001), kemiripan 100%. Pastikan tidak terjadi duplikasi atau tumpang tindih.');
INSERT INTO findings VALUES(15,4,'TITLE_DUPLICATE','peringatan','Inventaris Judul SOP','D12','Judul ''Pengiriman Surat-Surat Keluar'' (KEC. TENGGARONG, Sekretariat Kecamatan, Sub Bagian Umum dan Kepegawaian, Nomor SOP 34.01.01.002) mirip dengan judul ''Pengiriman Surat Keluar'' (SETDA, Bagian Umum, Sub Bagian Tata Usaha Pimpinan, Nomor SOP 01.03.01.002), kemiripan 88%. Pastikan tidak terjadi duplikasi atau tumpang tindih.');
INSERT INTO findings VALUES(16,4,'TITLE_DUPLICATE','peringatan','Inventaris Judul SOP','D12','Judul ''Pengiriman Surat-Surat Keluar'' (KEC. TENGGARONG, Sekretariat Kecamatan, Sub Bagian Umum dan Kepegawaian, Nomor SOP 34.01.01.002) mirip dengan judul ''Pengiriman Surat Keluar'' (DISDUKCAPIL, Sekretariat, Sub Bagian Umum dan Kepegawaian, Nomor SOP 12.01.02.002), kemiripan 88%. Pastikan tidak terjadi duplikasi atau tumpang tindih.');
CREATE TABLE titles (
	id INTEGER NOT NULL, 
	agency_id INTEGER NOT NULL, 
	section_id INTEGER NOT NULL, 
	title VARCHAR(500) NOT NULL, 
	title_key VARCHAR(500) NOT NULL, 
	kind VARCHAR(20), 
	service VARCHAR(20), 
	c_duty BOOLEAN, 
	c_routine BOOLEAN, 
	c_steps BOOLEAN, 
	c_output BOOLEAN, 
	c_parties BOOLEAN, 
	legal_basis TEXT NOT NULL, 
	note TEXT NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	stage VARCHAR(20) NOT NULL, 
	created_run INTEGER NOT NULL, 
	updated_run INTEGER NOT NULL, 
	withdrawn_run INTEGER, 
	form_hash VARCHAR(64), 
	form_revision INTEGER NOT NULL, 
	form_version VARCHAR(20), 
	form_run INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(agency_id) REFERENCES agencies (id), 
	FOREIGN KEY(section_id) REFERENCES sections (id), 
	FOREIGN KEY(created_run) REFERENCES import_runs (id), 
	FOREIGN KEY(updated_run) REFERENCES import_runs (id), 
	FOREIGN KEY(withdrawn_run) REFERENCES import_runs (id), 
	FOREIGN KEY(form_run) REFERENCES import_runs (id)
);
INSERT INTO titles VALUES(1,1,2,'Penyusunan Standar Operasional Prosedur Perangkat Daerah','penyusunan standar operasional prosedur perangkat daerah','Administratif','Internal',1,1,1,1,1,'Perbup Kukar Nomor 57 Tahun 2012','','aktif','penetapan',1,2,NULL,NULL,0,NULL,NULL);
INSERT INTO titles VALUES(2,1,2,'Evaluasi Penerapan Standar Operasional Prosedur','evaluasi penerapan standar operasional prosedur','Administratif','Internal',1,1,1,1,1,'Perbup Kukar Nomor 57 Tahun 2012','','aktif','penetapan',1,2,NULL,NULL,0,NULL,NULL);
INSERT INTO titles VALUES(3,1,1,'Penyusunan Analisis Jabatan','penyusunan analisis jabatan','Administratif','Internal',1,1,1,1,1,'','','aktif','penetapan',1,2,NULL,NULL,0,NULL,NULL);
INSERT INTO titles VALUES(4,1,3,'Penyusunan Laporan Kinerja Instansi Pemerintah','penyusunan laporan kinerja instansi pemerintah','Administratif','Internal',1,1,1,1,1,'','','aktif','penetapan',1,2,NULL,NULL,0,NULL,NULL);
INSERT INTO titles VALUES(5,1,7,'Penerimaan dan Pencatatan Surat Masuk','penerimaan dan pencatatan surat masuk','Administratif','Internal',1,1,1,1,1,'','','aktif','penetapan',1,2,NULL,NULL,0,NULL,NULL);
INSERT INTO titles VALUES(6,1,7,'Pengiriman Surat Keluar','pengiriman surat keluar','Administratif','Internal',1,1,1,1,1,'','','aktif','penetapan',1,2,NULL,NULL,0,NULL,NULL);
INSERT INTO titles VALUES(7,1,4,'Penyusunan Rancangan Peraturan Bupati','penyusunan rancangan peraturan bupati','Administratif','Internal',1,1,1,1,1,'UU Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan','','aktif','penetapan',1,2,NULL,NULL,0,NULL,NULL);
INSERT INTO titles VALUES(8,1,9,'Penyelenggaraan Upacara Hari Besar Nasional','penyelenggaraan upacara hari besar nasional','Teknis','Internal',1,0,1,1,1,'','','aktif','verifikasi',1,2,NULL,NULL,0,NULL,NULL);
INSERT INTO titles VALUES(9,12,53,'Penerimaan dan Pencatatan Surat Masuk','penerimaan dan pencatatan surat masuk','Administratif','Internal',1,1,1,1,1,'','','aktif','penetapan',1,2,NULL,NULL,0,NULL,NULL);
INSERT INTO titles VALUES(10,12,53,'Pengiriman Surat Keluar','pengiriman surat keluar','Administratif','Internal',1,1,1,1,1,'','','aktif','penetapan',1,2,NULL,NULL,0,NULL,NULL);
INSERT INTO titles VALUES(11,12,53,'Pengajuan Cuti Pegawai','pengajuan cuti pegawai','Administratif','Internal',1,1,1,1,1,'PP Nomor 11 Tahun 2017 tentang Manajemen PNS','','aktif','penetapan',1,2,NULL,NULL,0,NULL,NULL);
INSERT INTO titles VALUES(12,12,54,'Pengajuan Surat Permintaan Pembayaran Uang Persediaan','pengajuan surat permintaan pembayaran uang persediaan','Administratif','Internal',1,1,1,1,1,'','','aktif','penetapan',1,2,NULL,NULL,0,NULL,NULL);
INSERT INTO titles VALUES(13,12,55,'Penerbitan Kartu Tanda Penduduk Elektronik','penerbitan kartu tanda penduduk elektronik','Teknis','Eksternal',1,1,1,1,1,'UU Nomor 24 Tahun 2013 tentang Administrasi Kependudukan','','aktif','penetapan',1,2,NULL,NULL,0,NULL,NULL);
INSERT INTO titles VALUES(14,12,55,'Penerbitan Kartu Keluarga','penerbitan kartu keluarga','Teknis','Eksternal',1,1,1,1,1,'UU Nomor 24 Tahun 2013 tentang Administrasi Kependudukan','','aktif','penetapan',1,2,NULL,NULL,0,NULL,NULL);
INSERT INTO titles VALUES(15,12,56,'Penerbitan Surat Keterangan Pindah','penerbitan surat keterangan pindah','Teknis','Eksternal',1,1,1,1,1,'','','aktif','penetapan',1,2,NULL,NULL,0,NULL,NULL);
INSERT INTO titles VALUES(16,12,58,'Penerbitan Akta Kelahiran','penerbitan akta kelahiran','Teknis','Eksternal',1,1,1,1,1,'Perpres Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil','','aktif','penetapan',1,2,NULL,NULL,0,NULL,NULL);
INSERT INTO titles VALUES(17,12,60,'Penerbitan Akta Kematian','penerbitan akta kematian','Teknis','Eksternal',1,1,1,1,1,'','','aktif','verifikasi',1,2,NULL,NULL,0,NULL,NULL);
INSERT INTO titles VALUES(18,12,59,'Pencatatan Perkawinan Non Muslim','pencatatan perkawinan non muslim','Teknis','Eksternal',1,1,1,1,1,'','','aktif','penetapan',1,2,NULL,NULL,0,NULL,NULL);
INSERT INTO titles VALUES(19,34,126,'Penerimaan dan Pencatatan Surat Masuk','penerimaan dan pencatatan surat masuk','Administratif','Internal',1,1,1,1,1,'','','aktif','penetapan',1,2,NULL,NULL,0,NULL,NULL);
INSERT INTO titles VALUES(20,34,126,'Pengiriman Surat-Surat Keluar','pengiriman surat surat keluar','Administratif','Internal',1,1,1,1,1,'','','aktif','penetapan',1,2,NULL,NULL,0,NULL,NULL);
INSERT INTO titles VALUES(21,34,131,'Pelayanan Rekomendasi Izin Keramaian','pelayanan rekomendasi izin keramaian','Teknis','Eksternal',1,1,1,1,1,'','','aktif','penetapan',1,2,NULL,NULL,0,NULL,NULL);
INSERT INTO titles VALUES(22,34,131,'Legalisasi Surat Keterangan Ahli Waris','legalisasi surat keterangan ahli waris','Teknis','Eksternal',1,1,1,1,1,'','','aktif','verifikasi',1,2,NULL,NULL,0,NULL,NULL);
INSERT INTO titles VALUES(23,34,128,'Fasilitasi Pemilihan Kepala Desa','fasilitasi pemilihan kepala desa','Teknis','Eksternal',1,1,1,1,1,'','','aktif','penetapan',1,2,NULL,NULL,0,NULL,NULL);
INSERT INTO titles VALUES(24,34,129,'Penanganan Pengaduan Gangguan Ketertiban','penanganan pengaduan gangguan ketertiban','Teknis','Eksternal',1,1,1,1,1,'','','aktif','penetapan',1,2,NULL,NULL,0,NULL,NULL);
CREATE TABLE codes (
	id INTEGER NOT NULL, 
	title_id INTEGER NOT NULL, 
	section_id INTEGER NOT NULL, 
	number INTEGER NOT NULL, 
	year INTEGER NOT NULL, 
	code VARCHAR(100) NOT NULL, 
	run_id INTEGER NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_codes_section_number UNIQUE (section_id, number), 
	UNIQUE (title_id), 
	FOREIGN KEY(title_id) REFERENCES titles (id), 
	FOREIGN KEY(section_id) REFERENCES sections (id), 
	UNIQUE (code), 
	FOREIGN KEY(run_id) REFERENCES import_runs (id)
);
INSERT INTO codes VALUES(1,1,2,1,2026,'01.01.02.001',1);
INSERT INTO codes VALUES(2,2,2,2,2026,'01.01.02.002',1);
INSERT INTO codes VALUES(3,3,1,1,2026,'01.01.01.001',1);
INSERT INTO codes VALUES(4,4,3,1,2026,'01.01.03.001',1);
INSERT INTO codes VALUES(5,5,7,1,2026,'01.03.01.001',1);
INSERT INTO codes VALUES(6,6,7,2,2026,'01.03.01.002',1);
INSERT INTO codes VALUES(7,7,4,1,2026,'01.02.01.001',1);
INSERT INTO codes VALUES(8,8,9,1,2026,'01.03.03.001',1);
INSERT INTO codes VALUES(9,9,53,1,2026,'12.01.02.001',1);
INSERT INTO codes VALUES(10,10,53,2,2026,'12.01.02.002',1);
INSERT INTO codes VALUES(11,11,53,3,2026,'12.01.02.003',1);
INSERT INTO codes VALUES(12,12,54,1,2026,'12.01.03.001',1);
INSERT INTO codes VALUES(13,13,55,1,2026,'12.02.01.001',1);
INSERT INTO codes VALUES(14,14,55,2,2026,'12.02.01.002',1);
INSERT INTO codes VALUES(15,15,56,1,2026,'12.02.02.001',1);
INSERT INTO codes VALUES(16,16,58,1,2026,'12.03.01.001',1);
INSERT INTO codes VALUES(17,17,60,1,2026,'12.03.03.001',1);
INSERT INTO codes VALUES(18,18,59,1,2026,'12.03.02.001',1);
INSERT INTO codes VALUES(19,19,126,1,2026,'34.01.01.001',1);
INSERT INTO codes VALUES(20,20,126,2,2026,'34.01.01.002',1);
INSERT INTO codes VALUES(21,21,131,1,2026,'34.02.04.001',1);
INSERT INTO codes VALUES(22,22,131,2,2026,'34.02.04.002',1);
INSERT INTO codes VALUES(23,23,128,1,2026,'34.02.01.001',1);
INSERT INTO codes VALUES(24,24,129,1,2026,'34.02.02.001',1);
CREATE TABLE title_events (
	id INTEGER NOT NULL, 
	title_id INTEGER NOT NULL, 
	run_id INTEGER NOT NULL, 
	event VARCHAR(30) NOT NULL, 
	detail TEXT NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(title_id) REFERENCES titles (id), 
	FOREIGN KEY(run_id) REFERENCES import_runs (id)
);
INSERT INTO title_events VALUES(1,1,1,'didaftarkan','Nomor SOP 01.01.02.001');
INSERT INTO title_events VALUES(2,2,1,'didaftarkan','Nomor SOP 01.01.02.002');
INSERT INTO title_events VALUES(3,3,1,'didaftarkan','Nomor SOP 01.01.01.001');
INSERT INTO title_events VALUES(4,4,1,'didaftarkan','Nomor SOP 01.01.03.001');
INSERT INTO title_events VALUES(5,5,1,'didaftarkan','Nomor SOP 01.03.01.001');
INSERT INTO title_events VALUES(6,6,1,'didaftarkan','Nomor SOP 01.03.01.002');
INSERT INTO title_events VALUES(7,7,1,'didaftarkan','Nomor SOP 01.02.01.001');
INSERT INTO title_events VALUES(8,8,1,'didaftarkan','Nomor SOP 01.03.03.001');
INSERT INTO title_events VALUES(9,9,1,'didaftarkan','Nomor SOP 12.01.02.001');
INSERT INTO title_events VALUES(10,10,1,'didaftarkan','Nomor SOP 12.01.02.002');
INSERT INTO title_events VALUES(11,11,1,'didaftarkan','Nomor SOP 12.01.02.003');
INSERT INTO title_events VALUES(12,12,1,'didaftarkan','Nomor SOP 12.01.03.001');
INSERT INTO title_events VALUES(13,13,1,'didaftarkan','Nomor SOP 12.02.01.001');
INSERT INTO title_events VALUES(14,14,1,'didaftarkan','Nomor SOP 12.02.01.002');
INSERT INTO title_events VALUES(15,15,1,'didaftarkan','Nomor SOP 12.02.02.001');
INSERT INTO title_events VALUES(16,16,1,'didaftarkan','Nomor SOP 12.03.01.001');
INSERT INTO title_events VALUES(17,17,1,'didaftarkan','Nomor SOP 12.03.03.001');
INSERT INTO title_events VALUES(18,18,1,'didaftarkan','Nomor SOP 12.03.02.001');
INSERT INTO title_events VALUES(19,19,1,'didaftarkan','Nomor SOP 34.01.01.001');
INSERT INTO title_events VALUES(20,20,1,'didaftarkan','Nomor SOP 34.01.01.002');
INSERT INTO title_events VALUES(21,21,1,'didaftarkan','Nomor SOP 34.02.04.001');
INSERT INTO title_events VALUES(22,22,1,'didaftarkan','Nomor SOP 34.02.04.002');
INSERT INTO title_events VALUES(23,23,1,'didaftarkan','Nomor SOP 34.02.01.001');
INSERT INTO title_events VALUES(24,24,1,'didaftarkan','Nomor SOP 34.02.02.001');
INSERT INTO title_events VALUES(25,3,2,'penetapan','Status SOP 01.01.01.001');
INSERT INTO title_events VALUES(26,1,2,'penetapan','Status SOP 01.01.02.001');
INSERT INTO title_events VALUES(27,2,2,'penetapan','Status SOP 01.01.02.002');
INSERT INTO title_events VALUES(28,4,2,'penetapan','Status SOP 01.01.03.001');
INSERT INTO title_events VALUES(29,7,2,'penetapan','Status SOP 01.02.01.001');
INSERT INTO title_events VALUES(30,5,2,'penetapan','Status SOP 01.03.01.001');
INSERT INTO title_events VALUES(31,6,2,'penetapan','Status SOP 01.03.01.002');
INSERT INTO title_events VALUES(32,8,2,'verifikasi','Status SOP 01.03.03.001');
INSERT INTO title_events VALUES(33,9,2,'penetapan','Status SOP 12.01.02.001');
INSERT INTO title_events VALUES(34,10,2,'penetapan','Status SOP 12.01.02.002');
INSERT INTO title_events VALUES(35,11,2,'penetapan','Status SOP 12.01.02.003');
INSERT INTO title_events VALUES(36,12,2,'penetapan','Status SOP 12.01.03.001');
INSERT INTO title_events VALUES(37,13,2,'penetapan','Status SOP 12.02.01.001');
INSERT INTO title_events VALUES(38,14,2,'penetapan','Status SOP 12.02.01.002');
INSERT INTO title_events VALUES(39,15,2,'penetapan','Status SOP 12.02.02.001');
INSERT INTO title_events VALUES(40,16,2,'penetapan','Status SOP 12.03.01.001');
INSERT INTO title_events VALUES(41,18,2,'penetapan','Status SOP 12.03.02.001');
INSERT INTO title_events VALUES(42,17,2,'verifikasi','Status SOP 12.03.03.001');
INSERT INTO title_events VALUES(43,19,2,'penetapan','Status SOP 34.01.01.001');
INSERT INTO title_events VALUES(44,20,2,'penetapan','Status SOP 34.01.01.002');
INSERT INTO title_events VALUES(45,23,2,'penetapan','Status SOP 34.02.01.001');
INSERT INTO title_events VALUES(46,24,2,'penetapan','Status SOP 34.02.02.001');
INSERT INTO title_events VALUES(47,21,2,'penetapan','Status SOP 34.02.04.001');
INSERT INTO title_events VALUES(48,22,2,'verifikasi','Status SOP 34.02.04.002');
CREATE TABLE status_answers (
	id INTEGER NOT NULL, 
	form_id INTEGER NOT NULL, 
	title_id INTEGER NOT NULL, 
	"row" INTEGER NOT NULL, 
	verified_by TEXT, 
	verified_on DATE, 
	trial_on DATE, 
	trial_result VARCHAR(40), 
	decree_number VARCHAR(200), 
	decree_on DATE, 
	socialised_on DATE, 
	distributed_to TEXT, 
	trained_on DATE, 
	training_form VARCHAR(40), 
	reviewed_on DATE, 
	note TEXT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(form_id) REFERENCES lifecycle_forms (id), 
	FOREIGN KEY(title_id) REFERENCES titles (id)
);
INSERT INTO status_answers VALUES(1,1,3,12,'Sekretaris','2024-01-20','2024-02-04','Sesuai','100.3.3.2/K.100/2024','2024-02-29','2024-03-14','Seluruh pegawai unit kerja pelaksana','2024-03-30','Rapat',NULL,NULL);
INSERT INTO status_answers VALUES(2,1,1,13,'Kepala Bidang','2023-05-03','2023-05-18','Sesuai','100.3.3.2/K.101/2023','2023-06-12','2023-06-26','Seluruh pegawai unit kerja pelaksana','2023-07-12','Bimbingan Teknis',NULL,NULL);
INSERT INTO status_answers VALUES(3,1,2,14,'Kepala Bagian','2025-01-31','2025-02-15','Sesuai','100.3.3.2/K.102/2025','2025-03-12','2025-03-26','Seluruh pegawai unit kerja pelaksana','2025-04-11','Pendampingan',NULL,NULL);
INSERT INTO status_answers VALUES(4,1,4,15,'Sekretaris Camat','2025-03-04','2025-03-19','Sesuai','100.3.3.2/K.103/2025','2025-04-13','2025-04-27','Seluruh pegawai unit kerja pelaksana','2025-05-13','Simulasi',NULL,NULL);
INSERT INTO status_answers VALUES(5,1,7,16,'Sekretaris','2025-04-04','2025-04-19','Sesuai','100.3.3.2/K.104/2025','2025-05-14','2025-05-28','Seluruh pegawai unit kerja pelaksana','2025-06-13','Pelaksanaan Sehari-hari',NULL,NULL);
INSERT INTO status_answers VALUES(6,1,5,17,'Kepala Bidang','2025-05-06','2025-05-21','Sesuai','100.3.3.2/K.105/2025','2025-06-15','2025-06-29','Seluruh pegawai unit kerja pelaksana','2025-07-15','Rapat',NULL,NULL);
INSERT INTO status_answers VALUES(7,1,6,18,'Kepala Bagian','2025-06-06','2025-06-21','Sesuai','100.3.3.2/K.106/2025','2025-07-16','2025-07-30','Seluruh pegawai unit kerja pelaksana','2025-08-15','Bimbingan Teknis',NULL,NULL);
INSERT INTO status_answers VALUES(8,1,8,19,'Sekretaris Camat','2025-11-03',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO status_answers VALUES(9,2,9,12,'Sekretaris','2024-01-20','2024-02-04','Sesuai','100.3.3.2/K.100/2024','2024-02-29','2024-03-14','Seluruh pegawai unit kerja pelaksana','2024-03-30','Rapat',NULL,NULL);
INSERT INTO status_answers VALUES(10,2,10,13,'Kepala Bidang','2023-05-03','2023-05-18','Sesuai','100.3.3.2/K.101/2023','2023-06-12','2023-06-26','Seluruh pegawai unit kerja pelaksana','2023-07-12','Bimbingan Teknis',NULL,NULL);
INSERT INTO status_answers VALUES(11,2,11,14,'Kepala Bagian','2025-01-31','2025-02-15','Sesuai','100.3.3.2/K.102/2025','2025-03-12','2025-03-26','Seluruh pegawai unit kerja pelaksana','2025-04-11','Pendampingan',NULL,NULL);
INSERT INTO status_answers VALUES(12,2,12,15,'Sekretaris Camat','2025-03-04','2025-03-19','Sesuai','100.3.3.2/K.103/2025','2025-04-13','2025-04-27','Seluruh pegawai unit kerja pelaksana','2025-05-13','Simulasi',NULL,NULL);
INSERT INTO status_answers VALUES(13,2,13,16,'Sekretaris','2025-04-04','2025-04-19','Sesuai','100.3.3.2/K.104/2025','2025-05-14','2025-05-28','Seluruh pegawai unit kerja pelaksana','2025-06-13','Pelaksanaan Sehari-hari',NULL,NULL);
INSERT INTO status_answers VALUES(14,2,14,17,'Kepala Bidang','2025-05-06','2025-05-21','Sesuai','100.3.3.2/K.105/2025','2025-06-15','2025-06-29','Seluruh pegawai unit kerja pelaksana','2025-07-15','Rapat',NULL,NULL);
INSERT INTO status_answers VALUES(15,2,15,18,'Kepala Bagian','2025-06-06','2025-06-21','Sesuai','100.3.3.2/K.106/2025','2025-07-16','2025-07-30','Seluruh pegawai unit kerja pelaksana','2025-08-15','Bimbingan Teknis',NULL,NULL);
INSERT INTO status_answers VALUES(16,2,16,19,'Sekretaris Camat','2025-07-08','2025-07-23','Sesuai','100.3.3.2/K.107/2025','2025-08-17','2025-08-31','Seluruh pegawai unit kerja pelaksana','2025-09-16','Pendampingan',NULL,NULL);
INSERT INTO status_answers VALUES(17,2,18,20,'Sekretaris','2025-08-09','2025-08-24','Sesuai','100.3.3.2/K.108/2025','2025-09-18','2025-10-02','Seluruh pegawai unit kerja pelaksana','2025-10-18','Simulasi',NULL,NULL);
INSERT INTO status_answers VALUES(18,2,17,21,'Kepala Bidang','2025-11-03',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO status_answers VALUES(19,3,19,12,'Sekretaris','2024-01-20','2024-02-04','Sesuai','100.3.3.2/K.100/2024','2024-02-29','2024-03-14','Seluruh pegawai unit kerja pelaksana','2024-03-30','Rapat',NULL,NULL);
INSERT INTO status_answers VALUES(20,3,20,13,'Kepala Bidang','2023-05-03','2023-05-18','Sesuai','100.3.3.2/K.101/2023','2023-06-12','2023-06-26','Seluruh pegawai unit kerja pelaksana','2023-07-12','Bimbingan Teknis',NULL,NULL);
INSERT INTO status_answers VALUES(21,3,23,14,'Kepala Bagian','2025-01-31','2025-02-15','Sesuai','100.3.3.2/K.102/2025','2025-03-12','2025-03-26','Seluruh pegawai unit kerja pelaksana','2025-04-11','Pendampingan',NULL,NULL);
INSERT INTO status_answers VALUES(22,3,24,15,'Sekretaris Camat','2025-03-04','2025-03-19','Sesuai','100.3.3.2/K.103/2025','2025-04-13','2025-04-27','Seluruh pegawai unit kerja pelaksana','2025-05-13','Simulasi',NULL,NULL);
INSERT INTO status_answers VALUES(23,3,21,16,'Sekretaris','2025-04-04','2025-04-19','Sesuai','100.3.3.2/K.104/2025','2025-05-14','2025-05-28','Seluruh pegawai unit kerja pelaksana','2025-06-13','Pelaksanaan Sehari-hari',NULL,NULL);
INSERT INTO status_answers VALUES(24,3,22,17,'Kepala Bidang','2025-11-03',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
CREATE TABLE monitoring_answers (
	id INTEGER NOT NULL, 
	form_id INTEGER NOT NULL, 
	title_id INTEGER NOT NULL, 
	"row" INTEGER NOT NULL, 
	method VARCHAR(40), 
	monitored_on DATE, 
	assessment VARCHAR(40), 
	notes TEXT, 
	action TEXT, 
	assessor TEXT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(form_id) REFERENCES lifecycle_forms (id), 
	FOREIGN KEY(title_id) REFERENCES titles (id)
);
INSERT INTO monitoring_answers VALUES(1,5,3,12,'Observasi','2025-10-01','Berjalan dengan baik','Pelaksanaan sesuai SOP.',NULL,'Kepala Sub Bagian Umum');
INSERT INTO monitoring_answers VALUES(2,5,1,13,'Interview dengan Pelaksana','2025-10-02','Berjalan dengan baik','Pelaksanaan sesuai SOP.',NULL,'Kepala Sub Bagian Umum');
INSERT INTO monitoring_answers VALUES(3,5,2,14,'Diskusi Kelompok Kerja','2025-10-03','Tidak berjalan dengan baik','Waktu penyelesaian sering terlampaui.','Penambahan petugas dan pendampingan pelaksana.','Kepala Sub Bagian Umum');
INSERT INTO monitoring_answers VALUES(4,5,4,15,'Observasi','2025-10-04','Berjalan dengan baik','Pelaksanaan sesuai SOP.',NULL,'Kepala Sub Bagian Umum');
INSERT INTO monitoring_answers VALUES(5,5,7,16,'Interview dengan Pelaksana','2025-10-05','Berjalan dengan baik','Pelaksanaan sesuai SOP.',NULL,'Kepala Sub Bagian Umum');
INSERT INTO monitoring_answers VALUES(6,5,5,17,'Diskusi Kelompok Kerja','2025-10-06','Berjalan dengan baik','Pelaksanaan sesuai SOP.',NULL,'Kepala Sub Bagian Umum');
INSERT INTO monitoring_answers VALUES(7,5,6,18,'Observasi','2025-10-07','Tidak berjalan dengan baik','Waktu penyelesaian sering terlampaui.','Penambahan petugas dan pendampingan pelaksana.','Kepala Sub Bagian Umum');
INSERT INTO monitoring_answers VALUES(8,7,9,12,'Observasi','2025-10-01','Berjalan dengan baik','Pelaksanaan sesuai SOP.',NULL,'Kepala Sub Bagian Umum');
INSERT INTO monitoring_answers VALUES(9,7,10,13,'Interview dengan Pelaksana','2025-10-02','Berjalan dengan baik','Pelaksanaan sesuai SOP.',NULL,'Kepala Sub Bagian Umum');
INSERT INTO monitoring_answers VALUES(10,7,11,14,'Diskusi Kelompok Kerja','2025-10-03','Tidak berjalan dengan baik','Waktu penyelesaian sering terlampaui.','Penambahan petugas dan pendampingan pelaksana.','Kepala Sub Bagian Umum');
INSERT INTO monitoring_answers VALUES(11,7,12,15,'Observasi','2025-10-04','Berjalan dengan baik','Pelaksanaan sesuai SOP.',NULL,'Kepala Sub Bagian Umum');
INSERT INTO monitoring_answers VALUES(12,7,13,16,'Interview dengan Pelaksana','2025-10-05','Berjalan dengan baik','Pelaksanaan sesuai SOP.',NULL,'Kepala Sub Bagian Umum');
INSERT INTO monitoring_answers VALUES(13,7,14,17,'Diskusi Kelompok Kerja','2025-10-06','Berjalan dengan baik','Pelaksanaan sesuai SOP.',NULL,'Kepala Sub Bagian Umum');
INSERT INTO monitoring_answers VALUES(14,7,15,18,'Observasi','2025-10-07','Tidak berjalan dengan baik','Waktu penyelesaian sering terlampaui.','Penambahan petugas dan pendampingan pelaksana.','Kepala Sub Bagian Umum');
INSERT INTO monitoring_answers VALUES(15,7,16,19,'Interview dengan Pelaksana','2025-10-08','Berjalan dengan baik','Pelaksanaan sesuai SOP.',NULL,'Kepala Sub Bagian Umum');
INSERT INTO monitoring_answers VALUES(16,7,18,20,'Diskusi Kelompok Kerja','2025-10-09','Berjalan dengan baik','Pelaksanaan sesuai SOP.',NULL,'Kepala Sub Bagian Umum');
INSERT INTO monitoring_answers VALUES(17,9,19,12,'Observasi','2025-10-01','Berjalan dengan baik','Pelaksanaan sesuai SOP.',NULL,'Kepala Sub Bagian Umum');
INSERT INTO monitoring_answers VALUES(18,9,20,13,'Interview dengan Pelaksana','2025-10-02','Berjalan dengan baik','Pelaksanaan sesuai SOP.',NULL,'Kepala Sub Bagian Umum');
INSERT INTO monitoring_answers VALUES(19,9,23,14,'Diskusi Kelompok Kerja','2025-10-03','Tidak berjalan dengan baik','Waktu penyelesaian sering terlampaui.','Penambahan petugas dan pendampingan pelaksana.','Kepala Sub Bagian Umum');
INSERT INTO monitoring_answers VALUES(20,9,24,15,'Observasi','2025-10-04','Berjalan dengan baik','Pelaksanaan sesuai SOP.',NULL,'Kepala Sub Bagian Umum');
INSERT INTO monitoring_answers VALUES(21,9,21,16,'Interview dengan Pelaksana','2025-10-05','Berjalan dengan baik','Pelaksanaan sesuai SOP.',NULL,'Kepala Sub Bagian Umum');
CREATE TABLE evaluation_answers (
	id INTEGER NOT NULL, 
	form_id INTEGER NOT NULL, 
	title_id INTEGER NOT NULL, 
	"row" INTEGER NOT NULL, 
	c_performance BOOLEAN, 
	c_understood BOOLEAN, 
	c_doable BOOLEAN, 
	c_roles BOOLEAN, 
	c_problems BOOLEAN, 
	c_needs BOOLEAN, 
	c_synergy BOOLEAN, 
	notes TEXT, 
	recommendation VARCHAR(40), 
	PRIMARY KEY (id), 
	FOREIGN KEY(form_id) REFERENCES lifecycle_forms (id), 
	FOREIGN KEY(title_id) REFERENCES titles (id)
);
INSERT INTO evaluation_answers VALUES(1,4,3,14,1,1,1,1,1,1,1,NULL,'Tetap');
INSERT INTO evaluation_answers VALUES(2,4,1,15,1,1,1,1,1,1,1,NULL,'Tetap');
INSERT INTO evaluation_answers VALUES(3,4,2,16,1,1,0,1,0,1,1,'Tahapan verifikasi berkas perlu disederhanakan.','Disempurnakan');
INSERT INTO evaluation_answers VALUES(4,4,4,17,1,1,1,1,1,1,1,NULL,'Tetap');
INSERT INTO evaluation_answers VALUES(5,4,7,18,1,1,1,1,1,1,1,NULL,'Tetap');
INSERT INTO evaluation_answers VALUES(6,4,5,19,1,1,1,1,1,1,1,NULL,'Tetap');
INSERT INTO evaluation_answers VALUES(7,4,6,20,1,1,0,1,0,1,1,'Tahapan verifikasi berkas perlu disederhanakan.','Disempurnakan');
INSERT INTO evaluation_answers VALUES(8,6,9,14,1,1,1,1,1,1,1,NULL,'Tetap');
INSERT INTO evaluation_answers VALUES(9,6,10,15,1,1,1,1,1,1,1,NULL,'Tetap');
INSERT INTO evaluation_answers VALUES(10,6,11,16,1,1,0,1,0,1,1,'Tahapan verifikasi berkas perlu disederhanakan.','Disempurnakan');
INSERT INTO evaluation_answers VALUES(11,6,12,17,1,1,1,1,1,1,1,NULL,'Tetap');
INSERT INTO evaluation_answers VALUES(12,6,13,18,1,1,1,1,1,1,1,NULL,'Tetap');
INSERT INTO evaluation_answers VALUES(13,6,14,19,1,1,1,1,1,1,1,NULL,'Tetap');
INSERT INTO evaluation_answers VALUES(14,6,15,20,1,1,0,1,0,1,1,'Tahapan verifikasi berkas perlu disederhanakan.','Disempurnakan');
INSERT INTO evaluation_answers VALUES(15,6,16,21,1,1,1,1,1,1,1,NULL,'Tetap');
INSERT INTO evaluation_answers VALUES(16,6,18,22,1,1,1,1,1,1,1,NULL,'Tetap');
INSERT INTO evaluation_answers VALUES(17,8,19,14,1,1,1,1,1,1,1,NULL,'Tetap');
INSERT INTO evaluation_answers VALUES(18,8,20,15,1,1,1,1,1,1,1,NULL,'Tetap');
INSERT INTO evaluation_answers VALUES(19,8,23,16,1,1,0,1,0,1,1,'Tahapan verifikasi berkas perlu disederhanakan.','Disempurnakan');
INSERT INTO evaluation_answers VALUES(20,8,24,17,1,1,1,1,1,1,1,NULL,'Tetap');
INSERT INTO evaluation_answers VALUES(21,8,21,18,1,1,1,1,1,1,1,NULL,'Tetap');
CREATE TABLE supervision_answers (
	id INTEGER NOT NULL, 
	form_id INTEGER NOT NULL, 
	title_id INTEGER NOT NULL, 
	"row" INTEGER NOT NULL, 
	as_written BOOLEAN, 
	deviations TEXT, 
	action TEXT, 
	supervisor TEXT, 
	PRIMARY KEY (id), 
	FOREIGN KEY(form_id) REFERENCES lifecycle_forms (id), 
	FOREIGN KEY(title_id) REFERENCES titles (id)
);
INSERT INTO supervision_answers VALUES(1,10,3,14,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(2,10,1,15,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(3,10,2,16,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(4,11,9,14,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(5,11,10,15,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(6,11,11,16,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(7,12,19,14,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(8,12,20,15,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(9,12,23,16,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(10,13,3,14,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(11,13,1,15,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(12,13,2,16,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(13,13,4,17,0,'Berkas diterima tanpa pemeriksaan kelengkapan.','Teguran lisan dan pengarahan kepada pelaksana.','Sekretaris');
INSERT INTO supervision_answers VALUES(14,13,7,18,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(15,13,5,19,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(16,14,9,14,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(17,14,10,15,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(18,14,11,16,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(19,14,12,17,0,'Berkas diterima tanpa pemeriksaan kelengkapan.','Teguran lisan dan pengarahan kepada pelaksana.','Sekretaris');
INSERT INTO supervision_answers VALUES(20,14,13,18,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(21,14,14,19,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(22,15,19,14,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(23,15,20,15,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(24,15,23,16,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(25,15,24,17,0,'Berkas diterima tanpa pemeriksaan kelengkapan.','Teguran lisan dan pengarahan kepada pelaksana.','Sekretaris');
INSERT INTO supervision_answers VALUES(26,15,21,18,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(27,16,3,14,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(28,16,1,15,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(29,16,2,16,0,'Berkas diterima tanpa pemeriksaan kelengkapan.','Teguran lisan dan pengarahan kepada pelaksana.','Sekretaris');
INSERT INTO supervision_answers VALUES(30,16,4,17,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(31,16,7,18,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(32,16,5,19,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(33,16,6,20,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(34,17,9,14,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(35,17,10,15,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(36,17,11,16,0,'Berkas diterima tanpa pemeriksaan kelengkapan.','Teguran lisan dan pengarahan kepada pelaksana.','Sekretaris');
INSERT INTO supervision_answers VALUES(37,17,12,17,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(38,17,13,18,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(39,17,14,19,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(40,17,15,20,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(41,17,16,21,0,'Berkas diterima tanpa pemeriksaan kelengkapan.','Teguran lisan dan pengarahan kepada pelaksana.','Sekretaris');
INSERT INTO supervision_answers VALUES(42,17,18,22,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(43,18,3,14,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(44,18,1,15,0,'Berkas diterima tanpa pemeriksaan kelengkapan.','Teguran lisan dan pengarahan kepada pelaksana.','Sekretaris');
INSERT INTO supervision_answers VALUES(45,18,2,16,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(46,18,4,17,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(47,18,7,18,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(48,18,5,19,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(49,18,6,20,0,'Berkas diterima tanpa pemeriksaan kelengkapan.','Teguran lisan dan pengarahan kepada pelaksana.','Sekretaris');
INSERT INTO supervision_answers VALUES(50,19,9,14,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(51,19,10,15,0,'Berkas diterima tanpa pemeriksaan kelengkapan.','Teguran lisan dan pengarahan kepada pelaksana.','Sekretaris');
INSERT INTO supervision_answers VALUES(52,19,11,16,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(53,19,12,17,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(54,19,13,18,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(55,19,14,19,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(56,19,15,20,0,'Berkas diterima tanpa pemeriksaan kelengkapan.','Teguran lisan dan pengarahan kepada pelaksana.','Sekretaris');
INSERT INTO supervision_answers VALUES(57,19,16,21,1,NULL,NULL,'Sekretaris');
INSERT INTO supervision_answers VALUES(58,19,18,22,1,NULL,NULL,'Sekretaris');
CREATE INDEX ix_imported_files_sha256 ON imported_files (sha256);
CREATE INDEX ix_findings_file_id ON findings (file_id);
CREATE INDEX ix_titles_agency_id ON titles (agency_id);
CREATE INDEX ix_title_events_title_id ON title_events (title_id);
CREATE INDEX ix_status_answers_title_id ON status_answers (title_id);
CREATE INDEX ix_status_answers_form_id ON status_answers (form_id);
CREATE INDEX ix_monitoring_answers_form_id ON monitoring_answers (form_id);
CREATE INDEX ix_monitoring_answers_title_id ON monitoring_answers (title_id);
CREATE INDEX ix_evaluation_answers_title_id ON evaluation_answers (title_id);
CREATE INDEX ix_evaluation_answers_form_id ON evaluation_answers (form_id);
CREATE INDEX ix_supervision_answers_title_id ON supervision_answers (title_id);
CREATE INDEX ix_supervision_answers_form_id ON supervision_answers (form_id);
COMMIT;
