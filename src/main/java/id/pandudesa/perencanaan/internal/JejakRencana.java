package id.pandudesa.perencanaan.internal;

import id.pandudesa.musyawarah.MusyawarahApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The thread from a proposal to money: usulan → Musdes decision → RKPDes kegiatan (and its
 * RPJMDes programme) → APBDes lines. Read forward ("what happened to this proposal") and backward
 * (an APBDes line's kegiatan, proposal and decision). The caller decides who sees it; the public
 * page leaves out the proposer's name.
 */
@Service
class JejakRencana {

    /** A kegiatan of the RKPDes with where it came from and the lines that fund it. */
    record Langkah(
            RencanaDesa.Kegiatan kegiatan, RencanaDesa.Program program, List<Apbdes.Baris> baris, long anggaran) {}

    /** One proposal's path, or ({@code usulan} null) kegiatan that came from the RPJMDes alone. */
    record Jejak(
            RencanaDesa.Usulan usulan,
            MusyawarahApi.Keputusan musdus,
            MusyawarahApi.Keputusan musdes,
            List<Langkah> langkah) {

        public boolean sampaiApbdes() {
            return langkah.stream().anyMatch(l -> !l.baris().isEmpty());
        }
    }

    record Ringkasan(
            List<Jejak> jejak,
            RencanaDesa.Rkpdes rkpdes,
            MusyawarahApi.Keputusan rkpdesKeputusan,
            Apbdes apbdes,
            int usulan,
            int diprioritaskan,
            int masukRkpdes,
            int masukApbdes) {}

    private final UsulanService usulanService;
    private final RpjmdesService rpjmdesService;
    private final RkpdesService rkpdesService;
    private final ApbdesRepository apbdes;
    private final TautanApbdes tautan;
    private final MusyawarahApi musyawarah;

    JejakRencana(
            UsulanService usulanService,
            RpjmdesService rpjmdesService,
            RkpdesService rkpdesService,
            ApbdesRepository apbdes,
            TautanApbdes tautan,
            MusyawarahApi musyawarah) {
        this.usulanService = usulanService;
        this.rpjmdesService = rpjmdesService;
        this.rkpdesService = rkpdesService;
        this.apbdes = apbdes;
        this.tautan = tautan;
        this.musyawarah = musyawarah;
    }

    /** The desa-year's planning thread; {@code code} must already be a checked desa code. */
    @Transactional(readOnly = true)
    Ringkasan untuk(String code, int tahun) {
        List<RencanaDesa.Usulan> proposals = usulanService.usulanDesa(code, tahun);
        Optional<RencanaDesa.Rkpdes> plan = rkpdesService.rkpdes(code, tahun);
        List<RencanaDesa.Kegiatan> kegiatan =
                plan.map(p -> rkpdesService.kegiatan(p.id())).orElse(List.of());
        Map<Long, RencanaDesa.Program> programmes = new LinkedHashMap<>();
        rpjmdesService
                .rpjmdesUntuk(code, tahun)
                .ifPresent(r -> rpjmdesService.program(r.id()).forEach(p -> programmes.put(p.id(), p)));
        List<Apbdes> versions = apbdes.findByKodeDesaAndTahunOrderByNomorDesc(code, tahun);
        Apbdes latest = versions.isEmpty() ? null : versions.getFirst();
        Map<String, Long> links = tautan.tautan(code, tahun);
        Map<Long, List<Apbdes.Baris>> linesOf = new LinkedHashMap<>();
        if (latest != null) {
            for (Apbdes.Baris b : latest.baris()) {
                Long k = b.kodeKegiatan() == null ? null : links.get(TautanApbdes.kunci(b));
                if (k != null) {
                    linesOf.computeIfAbsent(k, x -> new ArrayList<>()).add(b);
                }
            }
        }
        Map<Long, List<Langkah>> stepsOf = new LinkedHashMap<>();
        List<Langkah> withoutProposal = new ArrayList<>();
        int budgeted = 0;
        for (RencanaDesa.Kegiatan k : kegiatan) {
            List<Apbdes.Baris> lines = linesOf.getOrDefault(k.id(), List.of());
            Langkah step = new Langkah(
                    k,
                    k.programId() == null ? null : programmes.get(k.programId()),
                    lines,
                    lines.stream().mapToLong(Apbdes.Baris::anggaran).sum());
            if (!lines.isEmpty()) {
                budgeted++;
            }
            if (k.usulanId() == null) {
                withoutProposal.add(step);
            } else {
                stepsOf.computeIfAbsent(k.usulanId(), x -> new ArrayList<>()).add(step);
            }
        }
        List<Jejak> out = new ArrayList<>();
        int prioritised = 0;
        for (RencanaDesa.Usulan u : proposals) {
            if (u.status() == RencanaDesa.StatusUsulan.DIPRIORITASKAN) {
                prioritised++;
            }
            out.add(new Jejak(
                    u,
                    keputusan(u.musdusId(), u.musdusAgenda()),
                    keputusan(u.musdesId(), u.musdesAgenda()),
                    stepsOf.getOrDefault(u.id(), List.of())));
        }
        if (!withoutProposal.isEmpty()) {
            out.add(new Jejak(null, null, null, withoutProposal));
        }
        return new Ringkasan(
                out,
                plan.orElse(null),
                plan.map(p -> keputusan(p.musdesId(), p.musdesAgenda())).orElse(null),
                latest,
                proposals.size(),
                prioritised,
                (int) kegiatan.stream().filter(k -> k.usulanId() != null).count(),
                budgeted);
    }

    private MusyawarahApi.Keputusan keputusan(Long id, Integer agenda) {
        return id == null || agenda == null
                ? null
                : musyawarah.keputusanUntukJejak(id, agenda).orElse(null);
    }
}
