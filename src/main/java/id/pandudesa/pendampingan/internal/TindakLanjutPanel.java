package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.web.BerandaPanel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Follow-ups past their due date, on the author's landing page. */
@Component
class TindakLanjutPanel implements BerandaPanel {

    private final AkunApi akun;
    private final KegiatanQueries queries;
    private final Clock clock;

    TindakLanjutPanel(AkunApi akun, KegiatanQueries queries, Clock clock) {
        this.akun = akun;
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public int urutan() {
        return 10;
    }

    @Override
    public Optional<Panel> untukPenggunaSaatIni() {
        Optional<PenggunaSaatIni> me = akun.saatIni();
        if (me.isEmpty() || !KegiatanService.PENULIS.contains(me.get().peran())) {
            return Optional.empty();
        }
        // Due dates are whole days: a follow-up due yesterday anywhere in Indonesia is overdue today.
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Jakarta")));
        List<KegiatanQueries.KegiatanRingkas> overdue =
                queries.tindakLanjutTerlambat(me.get().username(), today, 20);
        return Optional.of(new Panel("kegiatan.panel.tindakLanjut", "pendampingan/panel", "tindakLanjut", overdue));
    }
}
