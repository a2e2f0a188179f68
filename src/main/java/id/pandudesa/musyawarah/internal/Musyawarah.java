package id.pandudesa.musyawarah.internal;

import id.pandudesa.musyawarah.JenisMusyawarah;
import id.pandudesa.platform.RuleViolationException;
import id.pandudesa.platform.Teks;
import id.pandudesa.platform.audit.Audited;
import id.pandudesa.wilayah.UnsurMasyarakat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A village meeting: planned (RENCANA), held and its results recorded (SELESAI), then its berita
 * acara signed (DITANDATANGANI) — after which nothing changes; a correction is a new version.
 */
@Table("musyawarah")
public class Musyawarah implements Audited {

    enum Status {
        RENCANA,
        SELESAI,
        DITANDATANGANI,
        DIKOREKSI
    }

    @Id
    private Long id;

    private final String kodeDesa;
    private JenisMusyawarah jenis;
    private String judul;
    private LocalDate tanggal;
    private LocalTime jam;
    private String tempat;
    private String penyelenggara;
    private String fasilitator;
    private String dusun;
    private String unsurWajib;
    private Status status;
    private final int nomor;
    private final Long koreksiDari;
    private Long berkasBa;
    private final String tokenBagikan;
    private boolean publik;
    private final String dibuatOleh;
    private final Instant dibuat;
    private String diubahOleh;
    private Instant diubah;

    @MappedCollection(idColumn = "musyawarah_id", keyColumn = "urutan")
    private List<Agenda> agenda;

    @MappedCollection(idColumn = "musyawarah_id", keyColumn = "urutan")
    private List<Undangan> undangan;

    @Version
    private Integer versi;

    @PersistenceCreator
    public Musyawarah(
            Long id,
            String kodeDesa,
            JenisMusyawarah jenis,
            String judul,
            LocalDate tanggal,
            LocalTime jam,
            String tempat,
            String penyelenggara,
            String fasilitator,
            String dusun,
            String unsurWajib,
            Status status,
            int nomor,
            Long koreksiDari,
            Long berkasBa,
            String tokenBagikan,
            boolean publik,
            String dibuatOleh,
            Instant dibuat,
            String diubahOleh,
            Instant diubah,
            List<Agenda> agenda,
            List<Undangan> undangan,
            Integer versi) {
        this.id = id;
        this.kodeDesa = kodeDesa;
        this.jenis = jenis;
        this.judul = judul;
        this.tanggal = tanggal;
        this.jam = jam;
        this.tempat = tempat;
        this.penyelenggara = penyelenggara;
        this.fasilitator = fasilitator;
        this.dusun = dusun;
        this.unsurWajib = unsurWajib;
        this.status = status;
        this.nomor = nomor;
        this.koreksiDari = koreksiDari;
        this.berkasBa = berkasBa;
        this.tokenBagikan = tokenBagikan;
        this.publik = publik;
        this.dibuatOleh = dibuatOleh;
        this.dibuat = dibuat;
        this.diubahOleh = diubahOleh;
        this.diubah = diubah;
        this.agenda = agenda == null ? new ArrayList<>() : new ArrayList<>(agenda);
        this.undangan = undangan == null ? new ArrayList<>() : new ArrayList<>(undangan);
        this.versi = versi;
    }

    static Musyawarah baru(String kodeDesa, RencanaMusyawarah r, String token, String user, Instant now) {
        Musyawarah m = new Musyawarah(
                null,
                kodeDesa,
                r.jenis(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "",
                Status.RENCANA,
                1,
                null,
                null,
                token,
                false,
                user,
                now,
                user,
                now,
                List.of(),
                List.of(),
                null);
        m.rencanakan(r, user, now);
        return m;
    }

    /** Changes the plan (only before the results are recorded). Agenda titles replace the list. */
    void rencanakan(RencanaMusyawarah r, String user, Instant now) {
        wajibBelumDitandatangani();
        if (status != Status.RENCANA) {
            throw new RuleViolationException("musyawarah.sudahSelesai");
        }
        this.jenis = r.jenis();
        this.judul = r.judul().trim();
        this.tanggal = r.tanggal();
        this.jam = r.jam();
        this.tempat = r.tempat().trim();
        this.penyelenggara = r.penyelenggara().trim();
        this.fasilitator = Teks.baris(r.fasilitator());
        this.dusun = Teks.baris(r.dusun());
        this.unsurWajib = r.unsurWajib().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        List<Agenda> items = new ArrayList<>();
        for (int i = 0; i < r.agenda().size(); i++) {
            Agenda old = i < agenda.size() ? agenda.get(i) : null;
            String title = r.agenda().get(i).trim();
            items.add(
                    old != null && old.judul().equals(title)
                            ? old
                            : new Agenda(kodeDesa, title, null, null, null, null, null, null));
        }
        this.agenda = items;
        ubah(user, now);
    }

    void undang(List<Undangan> invitees, String user, Instant now) {
        wajibBelumDitandatangani();
        this.undangan = new ArrayList<>(invitees);
        ubah(user, now);
    }

    /** Records the decision of agenda item {@code index} (0-based). */
    void putuskan(
            int index,
            Agenda.Cara cara,
            Integer setuju,
            Integer tolak,
            Integer abstain,
            int pemilih,
            String teks,
            String user,
            Instant now) {
        wajibBelumDitandatangani();
        if (index < 0 || index >= agenda.size()) {
            throw new RuleViolationException("musyawarah.agendaTidakAda");
        }
        if (teks == null || teks.isBlank()) {
            throw new RuleViolationException("musyawarah.keputusanWajib");
        }
        agenda.set(index, agenda.get(index).putuskan(cara, setuju, tolak, abstain, pemilih, teks.trim()));
        ubah(user, now);
    }

    /** The meeting was held and its results are recorded: every agenda item decided. */
    void selesai(String user, Instant now) {
        wajibBelumDitandatangani();
        if (agenda.stream().anyMatch(a -> !a.diputuskan())) {
            throw new RuleViolationException("musyawarah.agendaBelumDiputuskan");
        }
        status = Status.SELESAI;
        ubah(user, now);
    }

    /** The signed berita acara is uploaded: from now on nothing changes. */
    void tandatangani(long berkas, String user, Instant now) {
        if (status != Status.SELESAI) {
            throw new RuleViolationException("musyawarah.belumSelesai");
        }
        this.berkasBa = berkas;
        this.status = Status.DITANDATANGANI;
        ubah(user, now);
    }

    void terbitkan(boolean value, String user, Instant now) {
        this.publik = value;
        ubah(user, now);
    }

    /** A signed meeting is corrected by a new version; this one is marked as corrected. */
    Musyawarah koreksi(String token, String user, Instant now) {
        if (status != Status.DITANDATANGANI) {
            throw new RuleViolationException("musyawarah.koreksiHanyaDitandatangani");
        }
        this.status = Status.DIKOREKSI;
        ubah(user, now);
        return new Musyawarah(
                null,
                kodeDesa,
                jenis,
                judul,
                tanggal,
                jam,
                tempat,
                penyelenggara,
                fasilitator,
                dusun,
                unsurWajib,
                Status.SELESAI,
                nomor + 1,
                id,
                null,
                token,
                publik,
                user,
                now,
                user,
                now,
                agenda,
                undangan,
                null);
    }

    public boolean terkunci() {
        return status == Status.DITANDATANGANI || status == Status.DIKOREKSI;
    }

    private void wajibBelumDitandatangani() {
        if (terkunci()) {
            throw new RuleViolationException("musyawarah.terkunci");
        }
    }

    private void ubah(String user, Instant now) {
        this.diubahOleh = user;
        this.diubah = now;
    }

    @Override
    public String auditKodeDesa() {
        return kodeDesa;
    }

    public Long id() {
        return id;
    }

    public String kodeDesa() {
        return kodeDesa;
    }

    public JenisMusyawarah jenis() {
        return jenis;
    }

    public String judul() {
        return judul;
    }

    public LocalDate tanggal() {
        return tanggal;
    }

    public LocalTime jam() {
        return jam;
    }

    public String tempat() {
        return tempat;
    }

    public String penyelenggara() {
        return penyelenggara;
    }

    public String fasilitator() {
        return fasilitator;
    }

    public String dusun() {
        return dusun;
    }

    public Set<UnsurMasyarakat> unsurWajib() {
        Set<UnsurMasyarakat> out = EnumSet.noneOf(UnsurMasyarakat.class);
        if (unsurWajib != null && !unsurWajib.isBlank()) {
            Arrays.stream(unsurWajib.split(",")).map(UnsurMasyarakat::valueOf).forEach(out::add);
        }
        return out;
    }

    public Status status() {
        return status;
    }

    public int nomor() {
        return nomor;
    }

    public Long koreksiDari() {
        return koreksiDari;
    }

    public Long berkasBa() {
        return berkasBa;
    }

    public String tokenBagikan() {
        return tokenBagikan;
    }

    public boolean publik() {
        return publik;
    }

    public String dibuatOleh() {
        return dibuatOleh;
    }

    public String diubahOleh() {
        return diubahOleh;
    }

    public Instant diubah() {
        return diubah;
    }

    public List<Agenda> agenda() {
        return List.copyOf(agenda);
    }

    public List<Undangan> undangan() {
        return List.copyOf(undangan);
    }

    public Integer versi() {
        return versi;
    }
}
