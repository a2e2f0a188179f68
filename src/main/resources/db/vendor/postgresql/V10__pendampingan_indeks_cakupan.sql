-- Lists of a kabupaten, kecamatan or desa read only this index: the scope's code range, the date
-- and id to sort by, and the two columns of the visibility filter, then fetch the page's rows.
CREATE INDEX ix_kegiatan_desa_tanggal_cover ON kegiatan_pendampingan (kode_desa, tanggal, id) INCLUDE (status, penulis);
