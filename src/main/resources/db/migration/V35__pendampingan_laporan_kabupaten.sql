-- The kecamatan report goes on to the kabupaten (issue 25): after the Camat acknowledges it, the
-- TA or the Dinas PMD receives it (status DITERIMA_KABUPATEN, longer than the old column).
ALTER TABLE laporan_kecamatan ALTER COLUMN status SET DATA TYPE VARCHAR(20);
ALTER TABLE laporan_kecamatan ADD COLUMN diterima TIMESTAMP WITH TIME ZONE;
ALTER TABLE laporan_kecamatan ADD COLUMN diterima_oleh VARCHAR(50);
CREATE INDEX ix_laporan_kecamatan_bulan ON laporan_kecamatan (bulan, kode_kecamatan);
