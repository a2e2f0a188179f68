-- Where a belanja line's money comes from (Siskeudes' codes: DDS, ADD, PAD, DBH, PBK, PBP, DLL);
-- empty on pendapatan and pembiayaan lines and on belanja lines whose source was not given.
ALTER TABLE apbdes_baris ADD COLUMN sumber_dana VARCHAR(3);
