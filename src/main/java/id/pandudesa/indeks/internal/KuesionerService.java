package id.pandudesa.indeks.internal;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.indeks.IdmCalculator;
import id.pandudesa.platform.ConflictException;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.ForbiddenException;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.audit.AuditAction;
import id.pandudesa.platform.audit.AuditTrail;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
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
 * The IDM questionnaire: the village's cadres, government and PLD fill raw answers (a draft can be
 * saved half-done), submit, and a PLD or PD of the desa reviews; approval makes it final and
 * computes the desa's result. A change after that is a new version; the old one is kept.
 */
@Service
public class KuesionerService {

    /** Who fills the questionnaire (seed 002: the cadres collect the data). */
    static final Set<Peran> PENGISI = EnumSet.of(Peran.KPMD, Peran.PEMDES, Peran.PLD);
    /** Who reviews it. */
    static final Set<Peran> PENINJAU = EnumSet.of(Peran.PLD, Peran.PD);

    private final KuesionerRepository questionnaires;
    private final HasilRepository results;
    private final KatalogIndeks catalogues;
    private final IdmService idm;
    private final JsonMapper json;
    private final Clock clock;
    private final AuditTrail audit;

    public KuesionerService(
            KuesionerRepository questionnaires,
            HasilRepository results,
            KatalogIndeks catalogues,
            IdmService idm,
            JsonMapper json,
            Clock clock,
            AuditTrail audit) {
        this.questionnaires = questionnaires;
        this.results = results;
        this.catalogues = catalogues;
        this.idm = idm;
        this.json = json;
        this.clock = clock;
        this.audit = audit;
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
        Map<String, Object> answers = baca(raw);
        String answersJson = json.writeValueAsString(answers);
        Instant now = Instant.now(clock);
        Optional<Kuesioner> latest = questionnaires.findByKodeDesaAndTahunOrderByNomorDesc(code, tahun).stream()
                .findFirst();
        Kuesioner q;
        if (latest.isEmpty()) {
            q = Kuesioner.baru(code, tahun, catalogues.idm().katalog().id(), 1, answersJson, me.username(), now);
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
            langkah(() -> q.jawab(answersJson, me.username(), now));
        }
        return questionnaires.save(q);
    }

    @Transactional
    public Kuesioner ajukan(String kodeDesa, int tahun, PenggunaSaatIni me) {
        wajibPengisi(me);
        Kuesioner q = terbaru(kodeDesa, tahun, me);
        Map<String, PenilaiKatalog.SkorIndikator> scores = catalogues.idm().nilai(jawaban(q));
        if (scores.size() < IdmCalculator.JUMLAH_INDIKATOR) {
            List<FieldProblem> missing = new ArrayList<>();
            for (Katalog.Indikator ind : catalogues.idm().katalog().indikator()) {
                if (!scores.containsKey(ind.kode())) {
                    missing.add(
                            FieldProblem.of(ind.pertanyaan().getFirst().kode(), "kuesioner.belumDijawab", ind.nama()));
                }
            }
            throw new RuleViolationException(missing, "kuesioner.belumLengkap", missing.size());
        }
        langkah(() -> q.ajukan(me.username(), Instant.now(clock)));
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
            langkah(() -> q.kembalikan(me.username(), catatan, now));
            return questionnaires.save(q);
        }
        langkah(() -> q.setujui(me.username(), now));
        for (Kuesioner older : questionnaires.findByKodeDesaAndTahunOrderByNomorDesc(q.kodeDesa(), tahun)) {
            if (!older.id().equals(q.id()) && older.status() == Kuesioner.Status.FINAL) {
                older.gantikan();
                questionnaires.save(older);
            }
        }
        Kuesioner saved = questionnaires.save(q);
        int[] scores = skor(jawaban(saved));
        HasilIndeks.Resmi official =
                results.cari(q.kodeDesa(), tahun).map(HasilIndeks::resmi).orElse(null);
        HasilIndeks result = new HasilIndeks(
                q.kodeDesa(),
                tahun,
                q.katalog(),
                HasilIndeks.SUMBER_KUESIONER,
                scores,
                IdmCalculator.hitung(scores),
                official,
                saved.id(),
                now);
        results.simpanSemua(List.of(result));
        audit.record(
                AuditAction.UBAH,
                "indeks.HasilIndeks",
                q.kodeDesa() + "/" + tahun,
                q.kodeDesa(),
                null,
                Map.of(
                        "sumber",
                        "KUESIONER versi " + saved.nomor(),
                        "skor",
                        result.skorTeks(),
                        "status",
                        result.hasil().status().name()));
        return saved;
    }

    /** The scores that answers give so far (the form's live panel; nothing is stored). */
    Map<String, PenilaiKatalog.SkorIndikator> nilai(Map<String, String> raw) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Katalog.Pertanyaan q : catalogues.idm().pertanyaan()) {
            String value = raw.get(q.kode());
            if (value != null && !value.isBlank()) {
                try {
                    answers.put(q.kode(), nilaiJawaban(q, value.trim()));
                } catch (IllegalArgumentException ignored) {
                    // The field shows its own message on save; the panel just leaves it out.
                }
            }
        }
        return catalogues.idm().nilai(answers);
    }

    Map<String, Object> jawaban(Kuesioner q) {
        return json.readValue(q.jawaban(), new TypeReference<LinkedHashMap<String, Object>>() {});
    }

    int[] skor(Map<String, Object> answers) {
        Map<String, PenilaiKatalog.SkorIndikator> scores = catalogues.idm().nilai(answers);
        int[] out = new int[IdmCalculator.JUMLAH_INDIKATOR];
        List<Katalog.Indikator> indicators = catalogues.idm().katalog().indikator();
        for (int i = 0; i < out.length; i++) {
            out[i] = scores.get(indicators.get(i).kode()).skor();
        }
        return out;
    }

    private Map<String, Object> baca(Map<String, String> raw) {
        Map<String, Object> answers = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (Katalog.Pertanyaan q : catalogues.idm().pertanyaan()) {
            String value = raw.get(q.kode());
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                answers.put(q.kode(), nilaiJawaban(q, value.trim()));
            } catch (IllegalArgumentException e) {
                problems.add(FieldProblem.of(q.kode(), e.getMessage(), q.teks()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems, "kuesioner.jawabanTidakValid", problems.size());
        }
        return answers;
    }

    /** A raw answer as the rules use it; the exception message is a message key. */
    public static Object nilaiJawaban(Katalog.Pertanyaan q, String value) {
        switch (q.jenis()) {
            case "ANGKA" -> {
                BigDecimal number;
                try {
                    number = new BigDecimal(value.replace(',', '.'));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("kuesioner.bukanAngka");
                }
                if ((q.min() != null && number.compareTo(q.min()) < 0)
                        || (q.maks() != null && number.compareTo(q.maks()) > 0)) {
                    throw new IllegalArgumentException("kuesioner.diLuarRentang");
                }
                return number.doubleValue();
            }
            case "YA_TIDAK" -> {
                if (value.equalsIgnoreCase("YA") || value.equalsIgnoreCase("true")) {
                    return true;
                }
                if (value.equalsIgnoreCase("TIDAK") || value.equalsIgnoreCase("false")) {
                    return false;
                }
                throw new IllegalArgumentException("kuesioner.pilihYaTidak");
            }
            case "PILIHAN" -> {
                if (q.opsi().stream().noneMatch(o -> o.kode().equals(value))) {
                    throw new IllegalArgumentException("kuesioner.pilihanTidakDikenal");
                }
                return value;
            }
            default -> throw new IllegalStateException("unknown question type " + q.jenis());
        }
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

    private static void langkah(Runnable step) {
        try {
            step.run();
        } catch (Kuesioner.LangkahTidakSah e) {
            throw new RuleViolationException(e.messageKey);
        }
    }
}
