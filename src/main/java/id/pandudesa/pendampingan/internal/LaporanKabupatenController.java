package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.platform.web.Grafik;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The kabupaten compilation as a page, with a chart of each kecamatan's coverage. */
@Controller
class LaporanKabupatenController {

    private final LaporanKabupaten laporan;
    private final AkunApi akun;

    LaporanKabupatenController(LaporanKabupaten laporan, AkunApi akun) {
        this.laporan = laporan;
        this.akun = akun;
    }

    @GetMapping("/pendampingan/laporan-kabupaten/{kode}/{bulan}")
    String halaman(@PathVariable String kode, @PathVariable String bulan, Model model) {
        LaporanKabupaten.Rekap r = laporan.susun(kode, bulan, akun.wajibSaatIni());
        model.addAttribute("r", r);
        Map<String, long[]> coverage = new LinkedHashMap<>();
        r.kecamatan().forEach(k -> coverage.put(k.nama(), new long[] {k.desaDidampingi(), k.jumlahDesa()}));
        model.addAttribute("grafik", Grafik.bagian(coverage, Long::toString));
        YearMonth month = YearMonth.parse(r.bulan());
        model.addAttribute("sebelum", month.minusMonths(1).toString());
        model.addAttribute("sesudah", month.plusMonths(1).toString());
        return "pendampingan/laporan-kabupaten";
    }
}
