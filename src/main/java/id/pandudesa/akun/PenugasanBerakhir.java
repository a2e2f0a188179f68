package id.pandudesa.akun;

import java.time.LocalDate;

/** A desa where a third-party facilitator's (MITRA) assignment ended: who, from which organisation, when. */
public record PenugasanBerakhir(String kodeDesa, String username, String nama, String organisasi, LocalDate selesai) {}
