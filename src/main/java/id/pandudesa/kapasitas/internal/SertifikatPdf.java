package id.pandudesa.kapasitas.internal;

import id.pandudesa.platform.pdf.PdfBuilder;
import id.pandudesa.wilayah.Wilayah;
import id.pandudesa.wilayah.WilayahApi;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.openpdf.text.PageSize;
import org.springframework.stereotype.Component;

/** A participant's certificate: landscape A4, the number, the name and village, the training and its competencies. */
@Component
class SertifikatPdf {

    private static final DateTimeFormatter TANGGAL =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

    private final WilayahApi wilayah;
    private final Kompetensi kompetensi;

    SertifikatPdf(WilayahApi wilayah, Kompetensi kompetensi) {
        this.wilayah = wilayah;
        this.kompetensi = kompetensi;
    }

    byte[] buat(PelatihanService.Pelatihan p, PesertaPelatihanService.Peserta x) {
        id.pandudesa.wilayah.SebutanDesa kata = wilayah.sebutan(x.kodeDesa());
        String desa = kata.nama(wilayah.cari(x.kodeDesa()).map(Wilayah::nama).orElse(x.kodeDesa()));
        String bidang = kompetensi.semua().stream()
                .filter(k -> p.kompetensi().contains(k.kode()))
                .map(k -> k.namaId())
                .collect(Collectors.joining("; "));
        return PdfBuilder.of(PageSize.A4.rotate())
                .metadata("Sertifikat " + x.sertifikat(), p.penyelenggara())
                .kop(List.of(
                        p.penyelenggara(), "Pelatihan Kader " + kata.desa(), "Nomor sertifikat: " + x.sertifikat()))
                .judul("SERTIFIKAT")
                .paragraf("Diberikan kepada")
                .judul(x.nama())
                .paragraf("Kader " + desa)
                .paragraf("atas keikutsertaan penuh dan kelulusannya dalam pelatihan")
                .judul(p.judul())
                .identitas(List.of(
                        new String[] {"Tempat", p.tempat()},
                        new String[] {"Tanggal", TANGGAL.format(p.mulai()) + " – " + TANGGAL.format(p.selesai())},
                        new String[] {"Kompetensi", bidang},
                        new String[] {"Nilai akhir", x.nilaiAkhir() + " (batas lulus " + p.nilaiLulus() + ")"}))
                .tandaTangan(
                        p.tempat() + ", " + TANGGAL.format(p.selesai()),
                        List.of(new PdfBuilder.Penanda("Penyelenggara", p.penyelenggara(), "")))
                .toBytes();
    }
}
