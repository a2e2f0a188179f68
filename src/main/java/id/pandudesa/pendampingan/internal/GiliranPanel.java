package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.Lingkup;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.platform.web.BerandaPanel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whose turn it is, on the landing page: the PD's monthly reports to review, the Camat's kecamatan
 * reports to acknowledge, the kabupaten's (TA, Dinas PMD) kecamatan reports to receive, and every
 * assessor's evaluations still to give this quarter (the village head's of their PLD included).
 */
@Component
class GiliranPanel implements BerandaPanel {

    /** One waiting step: what (message key with the count), how many, where to do it. */
    record Langkah(String pesan, long jumlah, String tautan) {}

    private final AkunApi akun;
    private final LaporanService laporan;
    private final EvaluasiService evaluasi;
    private final JdbcClient jdbc;

    GiliranPanel(AkunApi akun, LaporanService laporan, EvaluasiService evaluasi, JdbcClient jdbc) {
        this.akun = akun;
        this.laporan = laporan;
        this.evaluasi = evaluasi;
        this.jdbc = jdbc;
    }

    @Override
    public int urutan() {
        return 5;
    }

    @Override
    public Optional<Panel> untukPenggunaSaatIni() {
        Optional<PenggunaSaatIni> current = akun.saatIni();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        PenggunaSaatIni me = current.get();
        List<Langkah> steps = new ArrayList<>();
        if (me.peran() == Peran.PD || me.peran() == Peran.TA) {
            int waiting = laporan.menungguTinjauan(me).size();
            if (waiting > 0) {
                steps.add(new Langkah("giliran.laporanBulanan", waiting, "/pendampingan/laporan"));
            }
        }
        if (me.peran() == Peran.CAMAT) {
            long n = laporanKecamatan(me.lingkup(), "DIAJUKAN");
            if (n > 0) {
                steps.add(new Langkah("giliran.ketahui", n, "/pendampingan/laporan"));
            }
        }
        if (me.peran() == Peran.TA || me.peran() == Peran.ADMIN) {
            long n = laporanKecamatan(me.lingkup(), "DIKETAHUI");
            if (n > 0) {
                steps.add(new Langkah("giliran.terima", n, "/pendampingan/laporan"));
            }
        }
        AturanEvaluasi.Triwulan t = evaluasi.triwulanBerjalan();
        long toAssess =
                evaluasi.dinilaiOleh(me, t).stream().filter(c -> !c.sudah()).count();
        if (toAssess > 0) {
            steps.add(new Langkah("giliran.evaluasi", toAssess, "/evaluasi?triwulan=" + t));
        }
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Panel("giliran.judul", "pendampingan/panel", "giliran", steps));
    }

    private long laporanKecamatan(Lingkup scope, String status) {
        if (scope.isKosong()) {
            return 0;
        }
        Lingkup.SqlFilter f = scope.sql("kode_kecamatan");
        return jdbc.sql("SELECT COUNT(*) FROM laporan_kecamatan WHERE status = :s AND " + f.sql())
                .param("s", status)
                .params(f.params())
                .query(Long.class)
                .single();
    }
}
