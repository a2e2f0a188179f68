package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.pendampingan.MetodePendampingan;
import id.pandudesa.pendampingan.RuangLingkup;
import id.pandudesa.platform.pdf.PdfBuilder;
import id.pandudesa.platform.storage.FileService;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The monthly and kecamatan reports as printed PDF, in Indonesian, with letterhead and signatures. */
@Component
class LaporanPdf {

    static final Locale ID = Locale.forLanguageTag("id");
    private static final DateTimeFormatter BULAN = DateTimeFormatter.ofPattern("MMMM yyyy", ID);
    private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("d MMMM yyyy", ID);
    private static final DateTimeFormatter TGL = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final MessageSource messages;
    private final WilayahApi wilayah;
    private final AkunApi akun;
    private final FileService files;
    private final Clock clock;

    LaporanPdf(MessageSource messages, WilayahApi wilayah, AkunApi akun, FileService files, Clock clock) {
        this.messages = messages;
        this.wilayah = wilayah;
        this.akun = akun;
        this.files = files;
        this.clock = clock;
    }

    byte[] bulanan(PenggunaSaatIni author, RingkasanBulanan r, Optional<LaporanBulanan> report) {
        String region = report.map(LaporanBulanan::kodeWilayah).orElse(LaporanService.wilayahBersama(author.lingkup()));
        String month = BULAN.format(YearMonth.parse(r.bulan()));
        PdfBuilder pdf = PdfBuilder.a4().metadata("Laporan bulanan " + author.nama() + " " + month, author.nama());
        pdf.kop(kop(region));
        pdf.judul("LAPORAN BULANAN " + t("peran.tugas." + author.peran().name()).toUpperCase(ID));
        pdf.identitas(List.of(
                new String[] {"Nama", author.nama()},
                new String[] {"Peran", t("peran.tugas." + author.peran().name())},
                new String[] {"Bulan", month},
                new String[] {
                    "Desa dampingan",
                    String.join(
                            ", ",
                            r.perDesa().stream()
                                    .map(RingkasanBulanan.PerDesa::nama)
                                    .toList())
                },
                new String[] {
                    "Status laporan",
                    report.map(x -> t("laporan.status." + x.status().name())).orElse(t("laporan.status.DRAF"))
                }));
        pdf.subjudul("A. Rekapitulasi");
        pdf.tabel(
                List.of(
                        "Jumlah kegiatan",
                        "Hari kerja",
                        "Jam kerja",
                        "Peserta laki-laki",
                        "Peserta perempuan",
                        "Porsi perempuan"),
                List.of(List.of(
                        Long.toString(r.jumlahKegiatan()),
                        Long.toString(r.hariKerja()),
                        jam(r.jamKerja()),
                        Long.toString(r.pesertaLaki()),
                        Long.toString(r.pesertaPerempuan()),
                        r.porsiPerempuan() == null ? "-" : r.porsiPerempuan() + "%")),
                new float[] {1, 1, 1, 1, 1, 1},
                new boolean[] {true, true, true, true, true, true});
        if (r.kegiatanTanpaJam() > 0) {
            pdf.paragraf(r.kegiatanTanpaJam() + " kegiatan tanpa jam kerja tercatat (tidak dihitung dalam jam kerja).");
        }
        pdf.subjudul("B. Hari dan jam kerja per desa");
        pdf.tabel(
                List.of("Desa", "Hari kerja", "Jam kerja", "Kegiatan", "Peserta L", "Peserta P"),
                r.perDesa().stream()
                        .map(d -> List.of(
                                desa(d.kodeDesa(), d.nama()),
                                Long.toString(d.hariKerja()),
                                jam(d.jamKerja()),
                                Long.toString(d.jumlahKegiatan()),
                                Long.toString(d.pesertaLaki()),
                                Long.toString(d.pesertaPerempuan())))
                        .toList(),
                new float[] {3, 1, 1, 1, 1, 1},
                new boolean[] {false, true, true, true, true, true});
        pdf.subjudul("C. Kegiatan menurut metode dan ruang lingkup");
        List<List<String>> methodRows = new ArrayList<>();
        for (MetodePendampingan m : MetodePendampingan.values()) {
            methodRows.add(
                    List.of(t("metode." + m.name()), Long.toString(r.perMetode().getOrDefault(m.name(), 0L))));
        }
        pdf.tabel(List.of("Metode", "Jumlah"), methodRows, new float[] {3, 1}, new boolean[] {false, true});
        List<List<String>> scopeRows = new ArrayList<>();
        for (RuangLingkup l : RuangLingkup.values()) {
            scopeRows.add(List.of(
                    t("lingkup." + l.name()), Long.toString(r.perRuangLingkup().getOrDefault(l.name(), 0L))));
        }
        pdf.tabel(List.of("Ruang lingkup", "Jumlah"), scopeRows, new float[] {3, 1}, new boolean[] {false, true});
        pdf.subjudul("D. Uraian kegiatan dan hasil");
        pdf.tabel(
                List.of("Tanggal", "Desa", "Metode", "Uraian", "Hasil", "L/P"),
                r.kegiatan().stream()
                        .map(k -> List.of(
                                TGL.format(k.tanggal())
                                        + (k.jamMulai() == null ? "" : "\n" + k.jamMulai() + "–" + k.jamSelesai()),
                                desa(k.kodeDesa(), k.namaDesa()),
                                k.metode() == null ? "" : t("metode." + k.metode()),
                                nz(k.uraian()),
                                nz(k.hasil()),
                                k.pesertaLaki() + "/" + k.pesertaPerempuan()))
                        .toList(),
                new float[] {1.1f, 1.2f, 1.2f, 3.2f, 2.5f, 0.7f},
                new boolean[] {false, false, false, false, false, true});
        pdf.subjudul("E. Masalah dan tindak lanjut");
        pdf.paragraf(report.map(LaporanBulanan::masalah)
                .filter(m -> m != null)
                .orElse("Tidak ada masalah yang dilaporkan."));
        if (!r.tindakLanjut().isEmpty()) {
            pdf.tabel(
                    List.of("Desa", "Tindak lanjut", "Tenggat", "Selesai"),
                    r.tindakLanjut().stream()
                            .map(f -> List.of(
                                    f.namaDesa(),
                                    f.isi(),
                                    f.tenggat() == null ? "" : TGL.format(f.tenggat()),
                                    f.selesai() == null ? "belum" : TGL.format(f.selesai())))
                            .toList(),
                    new float[] {1.3f, 4, 1.1f, 1.1f},
                    null);
        }
        List<byte[]> photos = photos(r.foto());
        if (!photos.isEmpty()) {
            pdf.subjudul("F. Dokumentasi");
            pdf.foto(photos);
        }
        String reviewerRole = LaporanService.peninjauUntuk(author.peran()) == null
                ? "Pemeriksa"
                : t("peran.tugas."
                        + LaporanService.peninjauUntuk(author.peran()).name());
        PdfBuilder.Penanda reviewer = report.filter(x -> x.status() == LaporanBulanan.Status.DISETUJUI)
                .map(x -> new PdfBuilder.Penanda(
                        "Diperiksa oleh, " + reviewerRole, nama(x.peninjau()), "disetujui dalam Pandu Desa"))
                .orElse(new PdfBuilder.Penanda(
                        "Diperiksa oleh, " + reviewerRole, "(..............................)", null));
        pdf.tandaTangan(
                tempat(region) + ", "
                        + TANGGAL.format(LocalDate.now(clock.withZone(
                                wilayah.zonaWaktu(regionOrDefault(region)).zoneId()))),
                List.of(
                        reviewer,
                        new PdfBuilder.Penanda(
                                "Dibuat oleh, "
                                        + t("peran.tugas." + author.peran().name()),
                                author.nama(),
                                null)));
        return pdf.toBytes();
    }

    byte[] kecamatan(LaporanService.TampilanKecamatan v) {
        RingkasanKecamatan r = v.ringkasan();
        String month = BULAN.format(YearMonth.parse(r.bulan()));
        Wilayah kec = wilayah.wajib(r.kodeKecamatan());
        PdfBuilder pdf =
                PdfBuilder.a4().metadata("Laporan koordinasi kecamatan " + kec.nama() + " " + month, "Pandu Desa");
        pdf.kop(kop(r.kodeKecamatan()));
        pdf.judul("LAPORAN KOORDINASI PENDAMPINGAN KECAMATAN " + kec.nama().toUpperCase(ID));
        pdf.identitas(List.of(
                new String[] {"Kecamatan", kec.nama()},
                new String[] {"Bulan", month},
                new String[] {"Jumlah kegiatan", Long.toString(r.jumlahKegiatan())},
                new String[] {"Peserta", r.pesertaLaki() + " laki-laki, " + r.pesertaPerempuan() + " perempuan"},
                new String[] {
                    "Status",
                    v.laporan()
                            .map(x -> t("laporan.status.kecamatan." + x.status().name()))
                            .orElse(t("laporan.status.kecamatan.DRAF"))
                }));
        pdf.subjudul("A. Kegiatan per desa dan metode");
        List<String> header = new ArrayList<>(List.of("Desa"));
        for (MetodePendampingan m : MetodePendampingan.values()) {
            header.add(t("metode." + m.name()));
        }
        header.add("Jumlah");
        pdf.tabel(
                header,
                r.perDesa().stream()
                        .map(d -> {
                            List<String> row = new ArrayList<>(List.of(desa(d.kodeDesa(), d.nama())));
                            for (MetodePendampingan m : MetodePendampingan.values()) {
                                row.add(Long.toString(d.perMetode().getOrDefault(m.name(), 0L)));
                            }
                            row.add(Long.toString(d.jumlah()));
                            return row;
                        })
                        .toList(),
                new float[] {2.2f, 1, 1.4f, 1.1f, 1, 0.9f},
                new boolean[] {false, true, true, true, true, true});
        pdf.subjudul("B. Kegiatan menurut peran pelaksana");
        pdf.tabel(
                List.of("Peran", "Jumlah kegiatan"),
                r.perPeran().entrySet().stream()
                        .map(e -> List.of(t("peran." + e.getKey()), Long.toString(e.getValue())))
                        .toList(),
                new float[] {3, 1},
                new boolean[] {false, true});
        pdf.subjudul("C. Laporan bulanan pendamping");
        pdf.tabel(
                List.of("Pendamping", "Peran", "Status"),
                r.laporan().stream()
                        .map(l ->
                                List.of(nama(l.penulis()), t("peran." + l.peran()), t("laporan.status." + l.status())))
                        .toList(),
                new float[] {3, 1.5f, 1.5f},
                null);
        pdf.subjudul("D. Hal yang memerlukan perhatian Camat");
        pdf.paragraf(v.laporan()
                .map(LaporanKecamatan::isuCamat)
                .filter(x -> x != null)
                .orElse("-"));
        v.laporan().map(LaporanKecamatan::catatanCamat).filter(x -> x != null).ifPresent(c -> {
            pdf.subjudul("E. Catatan Camat");
            pdf.paragraf(c);
        });
        PdfBuilder.Penanda camat = v.laporan()
                .filter(x -> x.diketahuiOleh() != null)
                .map(x -> new PdfBuilder.Penanda(
                        "Mengetahui, Camat " + kec.nama(), nama(x.diketahuiOleh()), "diketahui dalam Pandu Desa"))
                .orElse(new PdfBuilder.Penanda(
                        "Mengetahui, Camat " + kec.nama(), "(..............................)", null));
        String pd =
                v.laporan().map(LaporanKecamatan::penyusun).map(this::nama).orElse("(..............................)");
        pdf.tandaTangan(
                kec.nama() + ", "
                        + TANGGAL.format(LocalDate.now(
                                clock.withZone(wilayah.zonaWaktu(kec.kode()).zoneId()))),
                List.of(camat, new PdfBuilder.Penanda("Disusun oleh, Pendamping Desa", pd, null)));
        return pdf.toBytes();
    }

    /** Hours with one decimal, as Indonesians write them ({@code 7,5}). */
    static String jam(java.math.BigDecimal hours) {
        return hours == null ? "0" : hours.toPlainString().replace('.', ',');
    }

    List<String> kop(String region) {
        List<String> lines = new ArrayList<>();
        lines.add("KEMENTERIAN DESA DAN PEMBANGUNAN DAERAH TERTINGGAL");
        lines.add("TENAGA PENDAMPING PROFESIONAL");
        if (!region.isEmpty()) {
            lines.add(wilayah.barisKop(region.length() > 6 ? region.substring(0, 6) : region));
        }
        lines.add("Dibuat dari catatan kegiatan harian dalam Pandu Desa");
        return lines;
    }

    String tempat(String region) {
        if (region.length() >= 6) {
            return wilayah.cari(region.substring(0, 6)).map(Wilayah::nama).orElse("");
        }
        return region.isEmpty() ? "" : wilayah.cari(region).map(Wilayah::nama).orElse("");
    }

    static String regionOrDefault(String region) {
        return region.isEmpty() ? "31" : region;
    }

    String nama(String username) {
        return akun.profil(username).map(PenggunaSaatIni::nama).orElse(username);
    }

    private List<byte[]> photos(List<Long> ids) {
        List<byte[]> out = new ArrayList<>();
        for (Long id : ids.stream().limit(4).toList()) {
            try (InputStream in = files.isi(id)) {
                out.add(in.readAllBytes());
            } catch (IOException | RuntimeException e) {
                // A missing photo file does not stop the report.
            }
        }
        return out;
    }

    String t(String key) {
        return messages.getMessage(key, null, key, ID);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** A village named in its own words ("Gampong Jantang", "Desa Cukir") in a report over several villages. */
    String desa(String kode, String nama) {
        return wilayah.sebutan(kode).nama(nama);
    }
}
