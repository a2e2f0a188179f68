-- Invitees' contacts (phone numbers and e-mails of villagers) stored encrypted with a fingerprint.
ALTER TABLE musyawarah_undangan ALTER COLUMN kontak SET DATA TYPE VARCHAR(600);
ALTER TABLE musyawarah_undangan ADD COLUMN kontak_sidik VARCHAR(64);
CREATE INDEX ix_musyawarah_undangan_kontak_sidik ON musyawarah_undangan (kontak_sidik);
