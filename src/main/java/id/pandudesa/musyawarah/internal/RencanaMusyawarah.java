package id.pandudesa.musyawarah.internal;

import id.pandudesa.musyawarah.JenisMusyawarah;
import id.pandudesa.wilayah.UnsurMasyarakat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** What the organiser fills in when planning the meeting. */
public record RencanaMusyawarah(
        JenisMusyawarah jenis,
        String judul,
        LocalDate tanggal,
        LocalTime jam,
        String tempat,
        String penyelenggara,
        String fasilitator,
        String dusun,
        Set<UnsurMasyarakat> unsurWajib,
        List<String> agenda) {}
