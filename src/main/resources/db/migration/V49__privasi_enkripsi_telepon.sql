-- Phone numbers of people who are not staff, stored encrypted with a keyed fingerprint
-- (platform.privasi.Sandi): cadres, UMKM owners, cooperation partners' contacts. Existing values
-- are encrypted by the app at its next start.
ALTER TABLE kader ALTER COLUMN telepon SET DATA TYPE VARCHAR(400);
ALTER TABLE kader ADD COLUMN telepon_sidik VARCHAR(64);
CREATE INDEX ix_kader_telepon_sidik ON kader (telepon_sidik);
ALTER TABLE umkm ALTER COLUMN telepon SET DATA TYPE VARCHAR(400);
ALTER TABLE umkm ADD COLUMN telepon_sidik VARCHAR(64);
CREATE INDEX ix_umkm_telepon_sidik ON umkm (telepon_sidik);
ALTER TABLE kerjasama_mitra ALTER COLUMN kontak SET DATA TYPE VARCHAR(600);
ALTER TABLE kerjasama_mitra ADD COLUMN kontak_sidik VARCHAR(64);
CREATE INDEX ix_kerjasama_mitra_kontak_sidik ON kerjasama_mitra (kontak_sidik);
