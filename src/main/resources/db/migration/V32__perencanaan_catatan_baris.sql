-- The Camat's evaluation of an APBDes draft may point at one line: its identity within the
-- desa-year (kegiatan|rekening|uraian), as the RKPDes links name it, so it holds across versions.
ALTER TABLE perencanaan_catatan ADD COLUMN baris VARCHAR(600);
