-- Dana Desa on each realisation point: received (pendapatan 4.2.1) and spent (belanja lines whose
-- source of funds is Dana Desa), so dashboards of every level sum absorption without reading a line.
ALTER TABLE apbdes_realisasi ADD COLUMN dana_desa_diterima BIGINT NOT NULL DEFAULT 0;
ALTER TABLE apbdes_realisasi ADD COLUMN dana_desa_dibelanjakan BIGINT NOT NULL DEFAULT 0;
