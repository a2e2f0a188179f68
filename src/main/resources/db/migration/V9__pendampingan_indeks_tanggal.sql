-- Newest-first lists over a wide scope (a kabupaten, a provinsi, the country) walk this index
-- backwards instead of sorting millions of rows; narrow scopes keep using (kode_desa, tanggal).
CREATE INDEX ix_kegiatan_tanggal_id ON kegiatan_pendampingan (tanggal, id);
