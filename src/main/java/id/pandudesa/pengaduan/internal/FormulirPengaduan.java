package id.pandudesa.pengaduan.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.lapangan.FormulirLapangan;
import java.util.List;
import org.springframework.stereotype.Component;

/** Intake of a complaint brought to a post, a phone or a meeting, by those who record complaints. */
@Component
class FormulirPengaduan implements FormulirLapangan {

    @Override
    public int urutan() {
        return 50;
    }

    @Override
    public List<Formulir> untuk(PenggunaSaatIni me) {
        return AlurPengaduan.PENANGAN.contains(me.peran()) || me.peran() == Peran.PEMDES
                ? List.of(new Formulir("lapangan.jenis.pengaduan", "", "/pengaduan/kelola/baru"))
                : List.of();
    }
}
