package id.pandudesa.pengaduan.internal;

import id.pandudesa.pengaduan.StatusPengaduan;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long each stage of a case may take before it is overdue and goes up a level
 * ({@code pandu.pengaduan.tenggat.*}, ISO-8601 or Spring durations such as {@code 3d}).
 */
@Component
class TenggatPengaduan {

    private final Map<StatusPengaduan, Duration> batas = new EnumMap<>(StatusPengaduan.class);

    TenggatPengaduan(
            @Value("${pandu.pengaduan.tenggat.diterima:3d}") Duration diterima,
            @Value("${pandu.pengaduan.tenggat.diverifikasi:5d}") Duration diverifikasi,
            @Value("${pandu.pengaduan.tenggat.ditindaklanjuti:14d}") Duration ditindaklanjuti,
            @Value("${pandu.pengaduan.tenggat.mediasi:30d}") Duration mediasi,
            @Value("${pandu.pengaduan.tenggat.dirujuk:14d}") Duration dirujuk) {
        batas.put(StatusPengaduan.DITERIMA, diterima);
        batas.put(StatusPengaduan.DIVERIFIKASI, diverifikasi);
        batas.put(StatusPengaduan.DITINDAKLANJUTI, ditindaklanjuti);
        batas.put(StatusPengaduan.MEDIASI, mediasi);
        batas.put(StatusPengaduan.DIRUJUK, dirujuk);
        batas.values().forEach(d -> {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalStateException("pandu.pengaduan.tenggat.* must be positive durations");
            }
        });
    }

    /** The deadline of a stage entered at {@code mulai}; none for a closed case. */
    Instant untuk(StatusPengaduan status, Instant mulai) {
        Duration d = batas.get(status);
        return d == null ? null : mulai.plus(d);
    }

    Duration lama(StatusPengaduan status) {
        return batas.get(status);
    }
}
