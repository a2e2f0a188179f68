package id.pandudesa.pelaksanaan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.Peran;
import id.pandudesa.platform.web.BerandaPanel;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Maintenance checks past their date without a result, on the landing page of the village's KPMD and government. */
@Component
class PelestarianPanel implements BerandaPanel {

    private final AkunApi akun;
    private final PelaksanaanService service;
    private final PenyelesaianService completion;

    PelestarianPanel(AkunApi akun, PelaksanaanService service, PenyelesaianService completion) {
        this.akun = akun;
        this.service = service;
        this.completion = completion;
    }

    @Override
    public int urutan() {
        return 15;
    }

    @Override
    public Optional<Panel> untukPenggunaSaatIni() {
        return akun.saatIni()
                .filter(me -> me.peran() == Peran.KPMD || me.peran() == Peran.PEMDES)
                .map(me -> me.lingkup().prefiks().stream()
                        .filter(k -> k.length() == 10)
                        .toList())
                .map(desa -> completion.cekTerlambat(desa, 20))
                .filter(list -> !list.isEmpty())
                .map(list -> new Panel("pelaksanaan.panel.pelestarian", "pelaksanaan/panel", "pelestarian", list));
    }
}
