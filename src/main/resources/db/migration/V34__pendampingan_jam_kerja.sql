-- Working hours on log entries (issue 25): start and end in the desa's local time, and the
-- minutes between them, so a month's hours are one SUM in the database. Optional: an entry
-- without times (a KPMD's, or one written before this) counts no hours.
ALTER TABLE kegiatan_pendampingan ADD COLUMN jam_mulai TIME;
ALTER TABLE kegiatan_pendampingan ADD COLUMN jam_selesai TIME;
ALTER TABLE kegiatan_pendampingan ADD COLUMN menit_kerja INTEGER;
