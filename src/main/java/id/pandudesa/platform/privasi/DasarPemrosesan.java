package id.pandudesa.platform.privasi;

/** The lawful bases of UU 27/2022 Pasal 20 ayat (2). */
public enum DasarPemrosesan {
    /** a. persetujuan yang sah secara eksplisit dari subjek data. */
    PERSETUJUAN,
    /** b. pemenuhan kewajiban perjanjian. */
    PERJANJIAN,
    /** c. pemenuhan kewajiban hukum pengendali. */
    KEWAJIBAN_HUKUM,
    /** d. pelindungan kepentingan vital subjek data. */
    KEPENTINGAN_VITAL,
    /** e. pelaksanaan tugas dalam rangka kepentingan umum, pelayanan publik, atau kewenangan. */
    TUGAS_PUBLIK,
    /** f. pemenuhan kepentingan yang sah lainnya. */
    KEPENTINGAN_SAH
}
