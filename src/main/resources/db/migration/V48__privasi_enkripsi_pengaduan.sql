-- A complainant's identity and a dispute's parties are stored encrypted (platform.privasi.Sandi):
-- the columns grow for the ciphertext, and keyed fingerprints let the app find a person by name or
-- contact without reading the values. Existing rows are encrypted by the app at its next start.
ALTER TABLE pengaduan ALTER COLUMN nama SET DATA TYPE VARCHAR(400);
ALTER TABLE pengaduan ALTER COLUMN kontak SET DATA TYPE VARCHAR(400);
ALTER TABLE pengaduan ADD COLUMN nama_sidik VARCHAR(64);
ALTER TABLE pengaduan ADD COLUMN kontak_sidik VARCHAR(64);
CREATE INDEX ix_pengaduan_nama_sidik ON pengaduan (nama_sidik);
CREATE INDEX ix_pengaduan_kontak_sidik ON pengaduan (kontak_sidik);
ALTER TABLE perselisihan_pihak ALTER COLUMN nama SET DATA TYPE VARCHAR(400);
ALTER TABLE perselisihan_pihak ADD COLUMN nama_sidik VARCHAR(64);
CREATE INDEX ix_perselisihan_pihak_nama_sidik ON perselisihan_pihak (nama_sidik);
-- The notification outbox holds phone numbers and e-mails of people who are not staff: encrypted
-- too, with a fingerprint (rows already queued stay readable and go with the nightly clean-up).
ALTER TABLE notifikasi ALTER COLUMN tujuan SET DATA TYPE VARCHAR(400);
ALTER TABLE notifikasi ADD COLUMN tujuan_sidik VARCHAR(64);
CREATE INDEX ix_notifikasi_tujuan_sidik ON notifikasi (tujuan_sidik);
