-- H2 has no INCLUDE columns; the same index without them (see the PostgreSQL twin).
CREATE INDEX ix_kegiatan_desa_tanggal_cover ON kegiatan_pendampingan (kode_desa, tanggal, id);
