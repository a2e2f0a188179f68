-- The Kemendagri region tree: provinsi (2 digits), kabupaten/kota (4), kecamatan (6), desa/kelurahan (10).
-- Codes are stored without dots. Reference data, small enough to replicate to every node.
CREATE TABLE wilayah (
    kode      VARCHAR(13)  NOT NULL PRIMARY KEY,
    nama      VARCHAR(150) NOT NULL,
    tingkat   VARCHAR(10)  NOT NULL,
    jenis     VARCHAR(10)  NOT NULL,
    induk     VARCHAR(13),
    nama_cari VARCHAR(150) NOT NULL
);
CREATE INDEX ix_wilayah_induk ON wilayah (induk, kode);
CREATE INDEX ix_wilayah_tingkat ON wilayah (tingkat, kode);
CREATE INDEX ix_wilayah_nama_cari ON wilayah (nama_cari);

-- Which dataset filled the table, so that a newer official list can be merged in later.
CREATE TABLE wilayah_sumber (
    id       INT          NOT NULL PRIMARY KEY,
    sumber   VARCHAR(200) NOT NULL,
    dimuat   TIMESTAMP WITH TIME ZONE NOT NULL,
    jumlah   INT          NOT NULL,
    durasi_ms BIGINT      NOT NULL
);

-- Local names for a desa and its documents, per provinsi or kabupaten (the longer code wins).
CREATE TABLE wilayah_sebutan (
    kode          VARCHAR(13) NOT NULL PRIMARY KEY,
    desa          VARCHAR(40) NOT NULL,
    kepala_desa   VARCHAR(40) NOT NULL,
    rpjm          VARCHAR(40) NOT NULL,
    rkp           VARCHAR(40) NOT NULL,
    apb           VARCHAR(40) NOT NULL,
    bum           VARCHAR(40) NOT NULL
);
INSERT INTO wilayah_sebutan (kode, desa, kepala_desa, rpjm, rkp, apb, bum) VALUES
 ('11',   'Gampong',   'Keuchik',        'RPJMG',           'RKPG',           'APBG',           'BUMG'),
 ('13',   'Nagari',    'Wali Nagari',    'RPJM Nagari',     'RKP Nagari',     'APB Nagari',     'BUMNag'),
 ('1309', 'Desa',      'Kepala Desa',    'RPJMDes',         'RKPDes',         'APBDes',         'BUMDes'),
 ('3401', 'Kalurahan', 'Lurah',          'RPJM Kalurahan',  'RKP Kalurahan',  'APB Kalurahan',  'BUM Kalurahan'),
 ('3402', 'Kalurahan', 'Lurah',          'RPJM Kalurahan',  'RKP Kalurahan',  'APB Kalurahan',  'BUM Kalurahan'),
 ('3403', 'Kalurahan', 'Lurah',          'RPJM Kalurahan',  'RKP Kalurahan',  'APB Kalurahan',  'BUM Kalurahan'),
 ('3404', 'Kalurahan', 'Lurah',          'RPJM Kalurahan',  'RKP Kalurahan',  'APB Kalurahan',  'BUM Kalurahan'),
 ('1408', 'Kampung',   'Penghulu',       'RPJM Kampung',    'RKP Kampung',    'APB Kampung',    'BUMKam'),
 ('1802', 'Kampung',   'Kepala Kampung', 'RPJM Kampung',    'RKP Kampung',    'APB Kampung',    'BUMKam'),
 ('1805', 'Kampung',   'Kepala Kampung', 'RPJM Kampung',    'RKP Kampung',    'APB Kampung',    'BUMKam'),
 ('1808', 'Kampung',   'Kepala Kampung', 'RPJM Kampung',    'RKP Kampung',    'APB Kampung',    'BUMKam'),
 ('1812', 'Tiyuh',     'Kepalo Tiyuh',   'RPJM Tiyuh',      'RKP Tiyuh',      'APB Tiyuh',      'BUMT'),
 ('1804', 'Pekon',     'Peratin',        'RPJM Pekon',      'RKP Pekon',      'APB Pekon',      'BUM Pekon'),
 ('1806', 'Pekon',     'Kepala Pekon',   'RPJM Pekon',      'RKP Pekon',      'APB Pekon',      'BUM Pekon'),
 ('1810', 'Pekon',     'Kepala Pekon',   'RPJM Pekon',      'RKP Pekon',      'APB Pekon',      'BUM Pekon'),
 ('1813', 'Pekon',     'Peratin',        'RPJM Pekon',      'RKP Pekon',      'APB Pekon',      'BUM Pekon'),
 ('6403', 'Kampung',   'Kepala Kampung', 'RPJM Kampung',    'RKP Kampung',    'APB Kampung',    'BUMK'),
 ('6407', 'Kampung',   'Petinggi',       'RPJM Kampung',    'RKP Kampung',    'APB Kampung',    'BUMK'),
 ('6411', 'Kampung',   'Petinggi',       'RPJM Kampung',    'RKP Kampung',    'APB Kampung',    'BUMK'),
 ('7318', 'Lembang',   'Kepala Lembang', 'RPJM Lembang',    'RKP Lembang',    'APB Lembang',    'BUM Lembang'),
 ('7326', 'Lembang',   'Kepala Lembang', 'RPJM Lembang',    'RKP Lembang',    'APB Lembang',    'BUM Lembang'),
 ('8101', 'Negeri',    'Raja',           'RPJM Negeri',     'RKP Negeri',     'APB Negeri',     'BUM Negeri'),
 ('91',   'Kampung',   'Kepala Kampung', 'RPJM Kampung',    'RKP Kampung',    'APB Kampung',    'BUMKam'),
 ('92',   'Kampung',   'Kepala Kampung', 'RPJM Kampung',    'RKP Kampung',    'APB Kampung',    'BUMKam'),
 ('93',   'Kampung',   'Kepala Kampung', 'RPJM Kampung',    'RKP Kampung',    'APB Kampung',    'BUMKam'),
 ('94',   'Kampung',   'Kepala Kampung', 'RPJM Kampung',    'RKP Kampung',    'APB Kampung',    'BUMKam'),
 ('95',   'Kampung',   'Kepala Kampung', 'RPJM Kampung',    'RKP Kampung',    'APB Kampung',    'BUMKam'),
 ('96',   'Kampung',   'Kepala Kampung', 'RPJM Kampung',    'RKP Kampung',    'APB Kampung',    'BUMKam');
