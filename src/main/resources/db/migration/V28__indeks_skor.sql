-- One store for every score index (a catalogue of item scores summed, divided and cut into
-- statuses; the Indeks Desa is the first): per index, desa and data year the item scores (one
-- digit per item in the catalogue's order), their sum, the score, the status and the dimension
-- figures (in the catalogue's order, separated by ";"), so that a new index is a catalogue file and
-- needs no table of its own. The IDM keeps indeks_hasil with its meaning (years up to 2023).
CREATE TABLE indeks_skor (
    indeks         VARCHAR(30)  NOT NULL,
    kode_desa      VARCHAR(10)  NOT NULL,
    tahun          INT          NOT NULL,
    katalog        VARCHAR(40)  NOT NULL,
    sumber         VARCHAR(12)  NOT NULL,
    butir          VARCHAR(1000) NOT NULL,
    total          INT          NOT NULL,
    skor           DECIMAL(9, 4) NOT NULL,
    status         VARCHAR(30)  NOT NULL,
    dimensi        VARCHAR(400) NOT NULL,
    kuesioner_id   BIGINT,
    dihitung       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_indeks_skor PRIMARY KEY (indeks, kode_desa, tahun)
);
CREATE INDEX ix_indeks_skor_tahun ON indeks_skor (indeks, tahun, kode_desa);

INSERT INTO indeks_skor (indeks, kode_desa, tahun, katalog, sumber, butir, total, skor, status, dimensi,
                         kuesioner_id, dihitung)
SELECT 'INDEKS_DESA', kode_desa, tahun, katalog, sumber, butir, total, skor, status,
       CAST(layanan_dasar AS VARCHAR(12)) || ';' || CAST(sosial AS VARCHAR(12)) || ';'
           || CAST(ekonomi AS VARCHAR(12)) || ';' || CAST(lingkungan AS VARCHAR(12)) || ';'
           || CAST(aksesibilitas AS VARCHAR(12)) || ';' || CAST(tata_kelola AS VARCHAR(12)),
       kuesioner_id, dihitung
FROM indeks_desa_hasil;

DROP TABLE indeks_desa_hasil;
