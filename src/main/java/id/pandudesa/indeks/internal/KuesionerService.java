package id.pandudesa.indeks.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.platform.ConflictException;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.wilayah.KodeWilayah;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A desa-year's index questionnaire, whichever index measures that year (the IDM up to 2023, the
 * Indeks Desa from 2024, see {@link JenisKuesioner}): the village's cadres, government and PLD fill
 * answers (a draft can be saved half-done), submit, and a PLD or PD of the desa reviews; approval
 * makes it final and gives the desa its result. A change after that is a new version; the old one
 * is kept.
 */
@Service
public class KuesionerService {

    /** Who fills the questionnaire (seed 002: the cadres collect the data). */
    static final Set<Peran> PENGISI = EnumSet.of(Peran.KPMD, Peran.PEMDES, Peran.PLD);
    /** Who reviews it. */
    static final Set<Peran> PENINJAU = EnumSet.of(Peran.PLD, Peran.PD);

    private final KuesionerRepository questionnaires;
    private final List<JenisKuesioner> kinds;
    private final IdmService idm;
    private final JsonMapper json;
    private final Clock clock;

    KuesionerService(
            KuesionerRepository questionnaires,
            List<JenisKuesioner> kinds,
            IdmService idm,
            JsonMapper json,
            Clock clock) {
        this.questionnaires = questionnaires;
        this.kinds = List.copyOf(kinds);
        this.idm = idm;
        this.json = json;
        this.clock = clock;
    }

    /** The versions of a desa-year's questionnaire, newest first (the desa must be in scope). */
    @Transactional(readOnly = true)
    List<Kuesioner> versi(String kodeDesa, int tahun, PenggunaSaatIni me) {
        String code = idm.desaTerlihat(kodeDesa, me).kode();
        periksaTahun(tahun);
        return questionnaires.findByKodeDesaAndTahunOrderByNomorDesc(code, tahun);
    }

    /**
     * Saves answers as a draft (creating the first draft, or a new version after a final one).
     * Invalid answers are refused, each with its question; nothing is stored then.
     */
    @Transactional
    public Kuesioner simpan(
            String kodeDesa, int tahun, Map<String, String> raw, boolean versiBaru, PenggunaSaatIni me) {
        return simpan(kodeDesa, tahun, raw, versiBaru, null, me);
    }

    /**
     * As {@link #simpan(String, int, Map, boolean, PenggunaSaatIni)}, refusing with a conflict when
     * the draft changed since the form showed version {@code versiDilihat} (two people filling the
     * same questionnaire must not overwrite each other unseen).
     */
    @Transactional
    public Kuesioner simpan(
            String kodeDesa,
            int tahun,
            Map<String, String> raw,
            boolean versiBaru,
            Integer versiDilihat,
            PenggunaSaatIni me) {
        wajibPengisi(me);
        String code = idm.desaTerlihat(kodeDesa, me).kode();
        periksaTahun(tahun);
        List<Kuesioner> versions = questionnaires.findByKodeDesaAndTahunOrderByNomorDesc(code, tahun);
        JenisKuesioner kind = jenis(versions, tahun);
        Map<String, Object> answers = kind.baca(raw);
        String answersJson = json.writeValueAsString(answers);
        Instant now = Instant.now(clock);
        Optional<Kuesioner> latest = versions.stream().findFirst();
        Kuesioner q;
        if (latest.isEmpty()) {
            q = Kuesioner.baru(code, tahun, kind.katalog(), 1, answersJson, me.username(), now);
        } else if (latest.get().status() == Kuesioner.Status.FINAL) {
            if (!versiBaru) {
                throw new RuleViolationException("kuesioner.sudahFinal");
            }
            q = Kuesioner.baru(
                    code, tahun, latest.get().katalog(), latest.get().nomor() + 1, answersJson, me.username(), now);
        } else {
            q = latest.get();
            if (versiDilihat != null && !versiDilihat.equals(q.versi())) {
                throw new ConflictException("konflik.versi");
            }
            q.jawab(answersJson, me.username(), now);
        }
        return questionnaires.save(q);
    }

    @Transactional
    public Kuesioner ajukan(String kodeDesa, int tahun, PenggunaSaatIni me) {
        wajibPengisi(me);
        Kuesioner q = terbaru(kodeDesa, tahun, me);
        JenisKuesioner kind = jenis(q);
        List<FieldProblem> missing = kind.belumDijawab(jawaban(q));
        if (!missing.isEmpty()) {
            throw new RuleViolationException(missing, kind.pesanBelumLengkap(), missing.size());
        }
        q.ajukan(me.username(), Instant.now(clock));
        return questionnaires.save(q);
    }

    /** Approve (final: the desa's result is computed and stored) or return with a note. */
    @Transactional
    Kuesioner tinjau(String kodeDesa, int tahun, boolean setujui, String catatan, PenggunaSaatIni me) {
        if (!PENINJAU.contains(me.peran())) {
            throw new ForbiddenException("kuesioner.bukanPeninjau");
        }
        Kuesioner q = terbaru(kodeDesa, tahun, me);
        Instant now = Instant.now(clock);
        if (!setujui) {
            q.kembalikan(me.username(), catatan, now);
            return questionnaires.save(q);
        }
        q.setujui(me.username(), now);
        for (Kuesioner older : questionnaires.findByKodeDesaAndTahunOrderByNomorDesc(q.kodeDesa(), tahun)) {
            if (!older.id().equals(q.id()) && older.status() == Kuesioner.Status.FINAL) {
                older.gantikan();
                questionnaires.save(older);
            }
        }
        Kuesioner saved = questionnaires.save(q);
        jenis(saved).simpanHasil(saved, jawaban(saved), now);
        return saved;
    }

    Map<String, Object> jawaban(Kuesioner q) {
        return json.readValue(q.jawaban(), new TypeReference<LinkedHashMap<String, Object>>() {});
    }

    /** The kind of a data year's questionnaire: the IDM up to 2023, the Indeks Desa from 2024. */
    JenisKuesioner jenis(int tahun) {
        return kinds.stream()
                .filter(k -> k.untukTahun(tahun))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no questionnaire for " + tahun));
    }

    /** The kind of a stored questionnaire: the one of its catalogue (a version stays the kind it began as). */
    JenisKuesioner jenis(Kuesioner q) {
        return kinds.stream()
                .filter(k -> k.katalog().equals(q.katalog()))
                .findFirst()
                .orElseGet(() -> jenis(q.tahun()));
    }

    /**
     * The kind of a desa-year's questionnaire before any scope or role check (which page a refusal
     * shows; nothing of the questionnaire is read or told).
     */
    @Transactional(readOnly = true)
    JenisKuesioner jenis(String kodeDesa, int tahun) {
        return jenis(
                questionnaires.findByKodeDesaAndTahunOrderByNomorDesc(KodeWilayah.normalisasi(kodeDesa), tahun), tahun);
    }

    /** The kind the desa-year's questionnaire has (its latest version's), or will have when it begins. */
    JenisKuesioner jenis(List<Kuesioner> versions, int tahun) {
        return versions.isEmpty() ? jenis(tahun) : jenis(versions.getFirst());
    }

    private Kuesioner terbaru(String kodeDesa, int tahun, PenggunaSaatIni me) {
        String code = idm.desaTerlihat(kodeDesa, me).kode();
        return questionnaires.findByKodeDesaAndTahunOrderByNomorDesc(code, tahun).stream()
                .findFirst()
                .orElseThrow(() -> new RuleViolationException("kuesioner.belumAda"));
    }

    private void periksaTahun(int tahun) {
        int now = Year.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).getValue();
        if (tahun < 2015 || tahun > now + 1) {
            throw new RuleViolationException(
                    List.of(FieldProblem.of("tahun", "idm.impor.tahunTidakValid", String.valueOf(tahun))),
                    "idm.impor.tahunTidakValid",
                    String.valueOf(tahun));
        }
    }

    private static void wajibPengisi(PenggunaSaatIni me) {
        if (!PENGISI.contains(me.peran())) {
            throw new ForbiddenException("kuesioner.peranTidakMengisi");
        }
    }
}
