package id.pandudesa.pendampingan;

/** The four methods of facilitation (Kepmendesa 40/2021). */
public enum MetodePendampingan {
    ASISTENSI,
    PENGORGANISASIAN,
    PENGARAHAN,
    FASILITASI
}
