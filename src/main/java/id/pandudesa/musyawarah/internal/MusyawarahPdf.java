package id.pandudesa.musyawarah.internal;

import id.pandudesa.platform.pdf.PdfBuilder;
import id.pandudesa.wilayah.SebutanDesa;
import id.pandudesa.wilayah.UnsurMasyarakat;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The invitation letter and the berita acara of a meeting, generated from what was recorded. */
@Component
class MusyawarahPdf {

    private static final Locale ID = Locale.forLanguageTag("id");
    private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", ID);

    private final WilayahApi wilayah;
    private final MessageSource messages;

    MusyawarahPdf(WilayahApi wilayah, MessageSource messages) {
        this.wilayah = wilayah;
        this.messages = messages;
    }

    byte[] undangan(Musyawarah m) {
        Wilayah desa = wilayah.wajib(m.kodeDesa());
        SebutanDesa kata = wilayah.sebutan(desa.kode());
        String kind = kata.terapkan(t("musyawarah.jenis." + m.jenis().name()));
        PdfBuilder pdf = PdfBuilder.a4().metadata("Undangan " + m.judul(), m.penyelenggara());
        pdf.kop(kop(desa, kata));
        pdf.judul("UNDANGAN " + kind.toUpperCase(ID));
        pdf.paragraf("Dengan hormat, kami mengundang Bapak/Ibu/Saudara/i untuk hadir dalam " + kind + " \"" + m.judul()
                + "\" yang akan dilaksanakan pada:");
        pdf.identitas(identitas(m));
        pdf.subjudul("Acara");
        List<List<String>> agenda = new ArrayList<>();
        for (int i = 0; i < m.agenda().size(); i++) {
            agenda.add(List.of(Integer.toString(i + 1), m.agenda().get(i).judul()));
        }
        pdf.tabel(List.of("No", "Acara"), agenda, new float[] {1, 12}, new boolean[] {true, false});
        pdf.paragraf(
                "Musyawarah terbuka bagi warga; kehadiran perempuan, warga miskin, penyandang disabilitas dan"
                        + " semua unsur masyarakat sangat diharapkan. Atas perhatian dan kehadirannya kami ucapkan terima kasih.");
        if (!m.undangan().isEmpty()) {
            pdf.subjudul("Daftar undangan");
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < m.undangan().size(); i++) {
                Undangan u = m.undangan().get(i);
                rows.add(List.of(
                        Integer.toString(i + 1),
                        u.nama(),
                        t("unsur." + u.unsur().name()),
                        u.keterangan() == null ? "" : u.keterangan()));
            }
            pdf.tabel(List.of("No", "Nama", "Unsur", "Keterangan"), rows, new float[] {1, 6, 5, 5}, new boolean[] {
                true, false, false, false
            });
        }
        pdf.tandaTangan(
                desa.nama() + ", " + m.tanggal().minusDays(3).format(DateTimeFormatter.ofPattern("d MMMM yyyy", ID)),
                List.of(new PdfBuilder.Penanda(m.penyelenggara(), "", "")));
        return pdf.toBytes();
    }

    byte[] beritaAcara(Musyawarah m, Inklusi inclusion) {
        Wilayah desa = wilayah.wajib(m.kodeDesa());
        SebutanDesa kata = wilayah.sebutan(desa.kode());
        String kind = kata.terapkan(t("musyawarah.jenis." + m.jenis().name()));
        PdfBuilder pdf = PdfBuilder.a4().metadata("Berita acara " + m.judul(), m.penyelenggara());
        pdf.kop(kop(desa, kata));
        pdf.judul("BERITA ACARA " + kind.toUpperCase(ID)
                + (m.status() == Musyawarah.Status.RENCANA ? " (RANCANGAN)" : "")
                + (m.nomor() > 1 ? " — KOREKSI " + (m.nomor() - 1) : ""));
        pdf.paragraf("Pada hari ini telah dilaksanakan " + kind + " \"" + m.judul()
                + "\" dengan keterangan sebagai berikut:");
        pdf.identitas(identitas(m));
        pdf.subjudul("A. Kehadiran");
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<UnsurMasyarakat, Integer> e : inclusion.perUnsur().entrySet()) {
            rows.add(List.of(t("unsur." + e.getKey().name()), Integer.toString(e.getValue())));
        }
        rows.add(List.of("Jumlah hadir", Integer.toString(inclusion.jumlah())));
        pdf.tabel(List.of("Unsur", "Hadir"), rows, new float[] {6, 2}, new boolean[] {false, true});
        pdf.tabel(
                List.of("Laki-laki", "Perempuan", "Porsi perempuan", "Warga miskin", "Disabilitas", "Peninjau"),
                List.of(List.of(
                        Integer.toString(inclusion.laki()),
                        Integer.toString(inclusion.perempuan()),
                        inclusion.persenPerempuan() + "%",
                        Integer.toString(inclusion.miskin()),
                        Integer.toString(inclusion.disabilitas()),
                        Integer.toString(inclusion.peninjau()))),
                new float[] {1, 1, 1, 1, 1, 1},
                new boolean[] {true, true, true, true, true, true});
        if (!inclusion.lengkap()) {
            List<String> missing = inclusion.wajibTidakHadir().stream()
                    .map(u -> t("unsur." + u.name()))
                    .toList();
            pdf.paragraf("Unsur yang diharapkan tetapi tidak hadir: " + String.join(", ", missing) + ".");
        }
        pdf.subjudul("B. Keputusan");
        List<List<String>> decisions = new ArrayList<>();
        for (int i = 0; i < m.agenda().size(); i++) {
            Agenda a = m.agenda().get(i);
            String how = a.cara() == null
                    ? "belum diputuskan"
                    : a.cara() == Agenda.Cara.MUFAKAT
                            ? "musyawarah mufakat"
                            : "pemungutan suara: setuju " + a.setuju() + ", tidak setuju " + a.tolak() + ", abstain "
                                    + a.abstain() + " — "
                                    + t("musyawarah.hasil." + a.hasil().name());
            decisions.add(List.of(Integer.toString(i + 1), a.judul(), how, a.keputusan() == null ? "" : a.keputusan()));
        }
        pdf.tabel(List.of("No", "Acara", "Cara", "Keputusan"), decisions, new float[] {1, 5, 5, 8}, new boolean[] {
            true, false, false, false
        });
        pdf.paragraf("Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.");
        List<PdfBuilder.Penanda> signers = new ArrayList<>();
        signers.add(new PdfBuilder.Penanda(
                m.jenis().olehBpd() ? "Pimpinan Musyawarah (Ketua " + kata.bpd() + ")" : "Pimpinan Musyawarah",
                "",
                ""));
        signers.add(new PdfBuilder.Penanda("Wakil Masyarakat", "", ""));
        if (m.jenis().olehBpd()) {
            signers.add(new PdfBuilder.Penanda(kata.kepalaDesa() + " " + desa.nama(), "", ""));
        }
        pdf.tandaTangan(
                desa.nama() + ", " + m.tanggal().format(DateTimeFormatter.ofPattern("d MMMM yyyy", ID)), signers);
        return pdf.toBytes();
    }

    private List<String[]> identitas(Musyawarah m) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[] {"Hari, tanggal", m.tanggal().format(TANGGAL)});
        if (m.jam() != null) {
            out.add(new String[] {
                "Pukul", m.jam() + " " + wilayah.zonaWaktu(m.kodeDesa()).name()
            });
        }
        out.add(new String[] {"Tempat", m.tempat()});
        if (m.dusun() != null) {
            out.add(new String[] {"Dusun", m.dusun()});
        }
        out.add(new String[] {"Penyelenggara", m.penyelenggara()});
        if (m.fasilitator() != null) {
            out.add(new String[] {"Fasilitator", m.fasilitator()});
        }
        return out;
    }

    private List<String> kop(Wilayah desa, SebutanDesa kata) {
        List<String> lines = new ArrayList<>();
        lines.add(kata.kopPemerintah(desa.nama()));
        lines.add(wilayah.barisKop(desa.kode()));
        lines.add(kata.terapkan("Badan Permusyawaratan Desa dan Pemerintah Desa"));
        return lines;
    }

    private String t(String key) {
        return messages.getMessage(key, null, key, ID);
    }
}
