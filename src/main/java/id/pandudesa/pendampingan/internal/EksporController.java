package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.replika.BacaReplika;
import id.pandudesa.platform.tabel.TabelKeluar;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The log as CSV or Excel, with the same filter as the list, streamed row by row so a whole
 * kabupaten's year fits in constant memory. Only what the caller may see.
 */
@BacaReplika
@Controller
class EksporController {

    static final String[] HEADER = {
        "id",
        "tanggal",
        "kode_desa",
        "penulis",
        "peran_penulis",
        "status",
        "metode",
        "ruang_lingkup",
        "sub_topik",
        "uraian",
        "hasil",
        "peserta_laki",
        "peserta_perempuan",
        "tindak_lanjut",
        "tenggat_tindak_lanjut",
        "tindak_lanjut_selesai",
        "jumlah_foto"
    };

    private final KegiatanQueries queries;
    private final AkunApi akun;

    EksporController(KegiatanQueries queries, AkunApi akun) {
        this.queries = queries;
        this.akun = akun;
    }

    @GetMapping("/pendampingan/ekspor.csv")
    void csv(
            @RequestParam(required = false) String desa,
            @RequestParam(required = false) String dari,
            @RequestParam(required = false) String sampai,
            @RequestParam(required = false) String penulis,
            @RequestParam(required = false) String metode,
            @RequestParam(required = false) String ruangLingkup,
            HttpServletResponse response)
            throws IOException {
        PenggunaSaatIni me = akun.wajibSaatIni();
        KegiatanQueries.Saring saring = KegiatanQueries.Saring.dari(desa, dari, sampai, penulis, metode, ruangLingkup);
        if (saring.desa() != null) {
            me.lingkup().saringan(saring.desa()); // 404 before anything is written
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"kegiatan-pendampingan.csv\"");
        try (TabelKeluar csv = TabelKeluar.csv(response.getOutputStream(), java.util.List.of(HEADER))) {
            queries.setiap(me.lingkup(), me.username(), saring, k -> {
                try {
                    csv.baris((Object[]) values(k));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @GetMapping("/pendampingan/ekspor.xlsx")
    void xlsx(
            @RequestParam(required = false) String desa,
            @RequestParam(required = false) String dari,
            @RequestParam(required = false) String sampai,
            @RequestParam(required = false) String penulis,
            @RequestParam(required = false) String metode,
            @RequestParam(required = false) String ruangLingkup,
            HttpServletResponse response)
            throws IOException {
        PenggunaSaatIni me = akun.wajibSaatIni();
        KegiatanQueries.Saring saring = KegiatanQueries.Saring.dari(desa, dari, sampai, penulis, metode, ruangLingkup);
        if (saring.desa() != null) {
            me.lingkup().saringan(saring.desa()); // 404 before anything is written
        }
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"kegiatan-pendampingan.xlsx\"");
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet("kegiatan");
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                head.createCell(i).setCellValue(HEADER[i]);
            }
            int[] row = {1};
            queries.setiap(me.lingkup(), me.username(), saring, k -> {
                Row r = sheet.createRow(row[0]++);
                Object[] values = values(k);
                for (int i = 0; i < values.length; i++) {
                    if (values[i] instanceof Number n) {
                        r.createCell(i).setCellValue(n.doubleValue());
                    } else {
                        r.createCell(i).setCellValue(values[i] == null ? "" : values[i].toString());
                    }
                }
            });
            book.write(response.getOutputStream());
        }
    }

    private static Object[] values(KegiatanQueries.KegiatanRingkas k) {
        return new Object[] {
            k.id(),
            k.tanggal(),
            k.kodeDesa(),
            k.penulis(),
            k.peranPenulis(),
            k.status(),
            k.metode() == null ? null : k.metode().name(),
            k.ruangLingkup() == null ? null : k.ruangLingkup().name(),
            k.subTopik(),
            k.uraian(),
            k.hasil(),
            k.pesertaLaki(),
            k.pesertaPerempuan(),
            k.tindakLanjut(),
            k.tenggatTindakLanjut(),
            k.tindakLanjutSelesai(),
            k.jumlahFoto()
        };
    }
}
