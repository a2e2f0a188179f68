-- The village's own words (issue 26): besides the village, its head and its plans, the council
-- (BPD), the secretary, the musyawarah, the village regulation and the budget poster, per
-- provinsi or kabupaten (the longer code wins), shipped where the terms are sure and corrected by
-- admins on /admin/sebutan.
ALTER TABLE wilayah_sebutan ADD COLUMN bpd VARCHAR(60) DEFAULT 'BPD' NOT NULL;
ALTER TABLE wilayah_sebutan ADD COLUMN sekretaris VARCHAR(60) DEFAULT 'Sekretaris Desa' NOT NULL;
ALTER TABLE wilayah_sebutan ADD COLUMN musyawarah VARCHAR(60) DEFAULT 'Musyawarah Desa' NOT NULL;
ALTER TABLE wilayah_sebutan ADD COLUMN perdes VARCHAR(60) DEFAULT 'Peraturan Desa' NOT NULL;
ALTER TABLE wilayah_sebutan ADD COLUMN diubah TIMESTAMP WITH TIME ZONE;
ALTER TABLE wilayah_sebutan ADD COLUMN diubah_oleh VARCHAR(50);

-- Aceh: Qanun Aceh 8/2008 and Qanun Aceh 10/2008 (gampong, keuchik, tuha peuet, qanun gampong).
UPDATE wilayah_sebutan SET bpd = 'Tuha Peuet', sekretaris = 'Sekretaris Gampong', musyawarah = 'Musyawarah Gampong',
    perdes = 'Qanun Gampong' WHERE kode = '11';
-- Sumatera Barat: Perda Sumbar 7/2018 tentang Nagari (wali nagari, Bamus Nagari, peraturan nagari).
UPDATE wilayah_sebutan SET bpd = 'Bamus Nagari', sekretaris = 'Sekretaris Nagari', musyawarah = 'Musyawarah Nagari',
    perdes = 'Peraturan Nagari' WHERE kode = '13';
-- DI Yogyakarta: Perdais DIY 2/2020 and Pergub DIY 25/2019 (kalurahan, lurah, carik, Bamuskal, APBKal, BUMKal).
UPDATE wilayah_sebutan SET bpd = 'Bamuskal', sekretaris = 'Carik', musyawarah = 'Musyawarah Kalurahan',
    perdes = 'Peraturan Kalurahan', apb = 'APBKal', bum = 'BUMKal'
    WHERE kode IN ('3401', '3402', '3403', '3404');
-- Papua and its new provinces: kampung, kepala kampung, Bamuskam (Perdasus Papua 21/2008 on kampung).
UPDATE wilayah_sebutan SET bpd = 'Bamuskam', sekretaris = 'Sekretaris Kampung', musyawarah = 'Musyawarah Kampung',
    perdes = 'Peraturan Kampung', apb = 'APBKam' WHERE kode IN ('91', '92', '93', '94', '95', '96');
-- The other kampung, pekon, tiyuh, lembang and negeri keep the national council and regulation words
-- until a region's admin writes its own on /admin/sebutan (the terms differ between kabupaten).
UPDATE wilayah_sebutan SET musyawarah = 'Musyawarah ' || desa, perdes = 'Peraturan ' || desa,
    sekretaris = 'Sekretaris ' || desa WHERE kode NOT IN ('11', '13', '3401', '3402', '3403', '3404', '91', '92', '93', '94', '95', '96')
    AND desa <> 'Desa';
