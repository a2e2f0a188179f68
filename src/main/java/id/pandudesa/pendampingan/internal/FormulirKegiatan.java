package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.lapangan.FormulirLapangan;
import java.util.List;
import org.springframework.stereotype.Component;

/** The daily activity log, for field use by whoever writes the log. */
@Component
class FormulirKegiatan implements FormulirLapangan {

    @Override
    public int urutan() {
        return 10;
    }

    @Override
    public List<Formulir> untuk(PenggunaSaatIni me) {
        return KegiatanService.PENULIS.contains(me.peran())
                ? List.of(new Formulir("lapangan.jenis.kegiatan", "", "/pendampingan/catat"))
                : List.of();
    }
}
