-- The council's own name where the kabupaten's regulations are sure of it (issue 26): Lampung's
-- pekon (Badan Hippun Pemekonan), tiyuh and kampung, Toraja's lembang, Maluku Tengah's negeri
-- (Saniri Negeri). Admins correct or add others on /admin/sebutan.
UPDATE wilayah_sebutan SET bpd = 'Badan Hippun Pemekonan' WHERE kode IN ('1804', '1806', '1810', '1813') AND bpd = 'BPD';
UPDATE wilayah_sebutan SET bpd = 'Badan Permusyawaratan Tiyuh' WHERE kode = '1812' AND bpd = 'BPD';
UPDATE wilayah_sebutan SET bpd = 'Badan Permusyawaratan Kampung' WHERE kode IN ('1802', '1805', '1808') AND bpd = 'BPD';
UPDATE wilayah_sebutan SET bpd = 'Badan Permusyawaratan Lembang' WHERE kode IN ('7318', '7326') AND bpd = 'BPD';
UPDATE wilayah_sebutan SET bpd = 'Saniri Negeri' WHERE kode = '8101' AND bpd = 'BPD';
