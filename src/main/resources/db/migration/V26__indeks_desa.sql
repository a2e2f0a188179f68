-- The Indeks Desa (Permendesa PDTT 9/2024) of a desa in a data year: the item scores (one digit per
-- item, in the catalogue's order), their sum, the index, the status and the six dimension figures.
-- The IDM keeps its own table (indeks_hasil) for the years up to 2023.
CREATE TABLE indeks_desa_hasil (
    kode_desa      VARCHAR(10)  NOT NULL,
    tahun          INT          NOT NULL,
    katalog        VARCHAR(30)  NOT NULL,
    sumber         VARCHAR(12)  NOT NULL,
    butir          VARCHAR(200) NOT NULL,
    total          INT          NOT NULL,
    skor           DECIMAL(5, 2) NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    layanan_dasar  DECIMAL(5, 2) NOT NULL,
    sosial         DECIMAL(5, 2) NOT NULL,
    ekonomi        DECIMAL(5, 2) NOT NULL,
    lingkungan     DECIMAL(5, 2) NOT NULL,
    aksesibilitas  DECIMAL(5, 2) NOT NULL,
    tata_kelola    DECIMAL(5, 2) NOT NULL,
    kuesioner_id   BIGINT,
    dihitung       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_indeks_desa_hasil PRIMARY KEY (kode_desa, tahun)
);
CREATE INDEX ix_indeks_desa_hasil_tahun ON indeks_desa_hasil (tahun, kode_desa);
