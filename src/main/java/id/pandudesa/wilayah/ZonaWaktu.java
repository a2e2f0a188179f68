package id.pandudesa.wilayah;

import java.time.ZoneId;

/** Indonesia's three time zones; a village's zone follows its provinsi. */
public enum ZonaWaktu {
    WIB("Asia/Jakarta"),
    WITA("Asia/Makassar"),
    WIT("Asia/Jayapura");

    private final ZoneId zone;

    ZonaWaktu(String zone) {
        this.zone = ZoneId.of(zone);
    }

    public ZoneId zoneId() {
        return zone;
    }

    public static ZonaWaktu dariKode(String kode) {
        int provinsi = Integer.parseInt(kode.substring(0, 2));
        if (provinsi == 81 || provinsi == 82 || provinsi >= 91) {
            return WIT;
        }
        if (provinsi == 51 || provinsi == 52 || provinsi == 53 || (provinsi >= 63 && provinsi <= 76)) {
            return WITA;
        }
        return WIB;
    }
}
