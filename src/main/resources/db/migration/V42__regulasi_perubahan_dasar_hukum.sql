-- Issue 26, the register's second part: who evaluated (the Camat, delegated, or the Bupati with the
-- number of the letter), a regulation that amends or revokes an earlier one (which then no longer
-- stands), and the regulation a village document stands on (its dasar hukum): the APBDes, RKPDes
-- and RPJMDes of a year, the founding of a BUMDes — one row per document, pointing to the register.
ALTER TABLE produk_hukum ADD COLUMN evaluator VARCHAR(10);
ALTER TABLE produk_hukum ADD COLUMN nomor_evaluasi VARCHAR(50);
ALTER TABLE produk_hukum ADD COLUMN mengubah_id BIGINT REFERENCES produk_hukum (id);
ALTER TABLE produk_hukum ADD COLUMN perubahan VARCHAR(10);
ALTER TABLE produk_hukum ADD COLUMN berlaku VARCHAR(10) DEFAULT 'BERLAKU' NOT NULL;
ALTER TABLE produk_hukum ADD COLUMN diganti_oleh_id BIGINT REFERENCES produk_hukum (id);

CREATE TABLE dasar_hukum (
    pokok            VARCHAR(10)  NOT NULL,
    kode_desa        VARCHAR(10)  NOT NULL,
    pokok_id         VARCHAR(40)  NOT NULL,
    produk_hukum_id  BIGINT       NOT NULL REFERENCES produk_hukum (id),
    oleh             VARCHAR(50)  NOT NULL,
    waktu            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_dasar_hukum PRIMARY KEY (pokok, kode_desa, pokok_id)
);
CREATE INDEX ix_dasar_hukum_produk ON dasar_hukum (produk_hukum_id);
