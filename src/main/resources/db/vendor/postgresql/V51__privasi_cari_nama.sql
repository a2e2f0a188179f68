-- A data subject's request looks for a person by name in every declared source
-- (SubjekData: LOWER(t.<name column>) = :nama, OR-ed with the fingerprint of a phone or e-mail).
-- At national size these tables hold millions of rows; one expression index per plain name column
-- lets PostgreSQL answer each source from its indexes (a BitmapOr with the fingerprint index) instead
-- of reading the table. Encrypted names are found by their fingerprint index. InventarisDataPribadiIT
-- fails on a declared plain name column without such an index.
CREATE INDEX ix_kader_nama_lower ON kader (LOWER(nama));
CREATE INDEX ix_kader_calon_nama_lower ON kader_calon (LOWER(nama));
CREATE INDEX ix_pelatihan_peserta_nama_lower ON pelatihan_peserta (LOWER(nama));
CREATE INDEX ix_lembaga_anggota_nama_lower ON lembaga_anggota (LOWER(nama));
CREATE INDEX ix_kerjasama_bkad_pengurus_nama_lower ON kerjasama_bkad_pengurus (LOWER(nama));
CREATE INDEX ix_musyawarah_hadir_nama_lower ON musyawarah_hadir (LOWER(nama));
CREATE INDEX ix_musyawarah_undangan_nama_lower ON musyawarah_undangan (LOWER(nama));
CREATE INDEX ix_umkm_pemilik_lower ON umkm (LOWER(pemilik));
CREATE INDEX ix_pengguna_nama_lower ON pengguna (LOWER(nama));
