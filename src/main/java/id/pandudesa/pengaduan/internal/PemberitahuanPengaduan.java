package id.pandudesa.pengaduan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.Peran;
import id.pandudesa.akun.PetugasDesa;
import id.pandudesa.platform.notifikasi.Notifikasi;
import id.pandudesa.platform.notifikasi.SaluranPesan;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who hears of a case, queued in the case's own transaction: the handlers of its level (by the
 * e-mail of their account) when it arrives or goes up a level, and the complainant (at the
 * contact they gave) on every answer or status change. Handlers' messages carry no identity of
 * the complainant, only the tracking code and the link to the case.
 */
@Component
class PemberitahuanPengaduan {

    private final AkunApi akun;
    private final Notifikasi notifikasi;
    private final String alamat;

    PemberitahuanPengaduan(
            AkunApi akun, Notifikasi notifikasi, @Value("${pandu.alamat-publik:http://localhost:8080}") String alamat) {
        this.akun = akun;
        this.notifikasi = notifikasi;
        this.alamat = alamat.endsWith("/") ? alamat.substring(0, alamat.length() - 1) : alamat;
    }

    void masuk(Kasus k) {
        kePenangan(
                k,
                "Pengaduan baru " + k.kodeLacak(),
                "Pengaduan baru (" + k.kategori().name().toLowerCase() + ") masuk untuk desa " + k.kodeDesa() + ".\n");
        kePengadu(
                k,
                "Pengaduan Anda diterima: " + k.kodeLacak(),
                "Pengaduan Anda sudah diterima. Kode lacak: " + k.kodeLacak() + "\nIkuti perkembangannya di " + alamat
                        + "/pengaduan/lacak/" + k.kodeLacak());
    }

    void berubah(Kasus k, String tanggapan, boolean naikTingkat) {
        if (naikTingkat) {
            kePenangan(
                    k,
                    "Pengaduan " + k.kodeLacak() + " dirujuk ke tingkat Anda",
                    "Pengaduan " + k.kodeLacak() + " kini ditangani tingkat "
                            + TindakanPengaduan.namaTingkat(k.tingkat()) + ".\n");
        }
        kePengadu(
                k,
                "Pengaduan " + k.kodeLacak() + ": " + k.status().name(),
                "Status pengaduan Anda: " + k.status().name() + (tanggapan == null ? "" : "\nTanggapan: " + tanggapan)
                        + "\nLihat di " + alamat + "/pengaduan/lacak/" + k.kodeLacak());
    }

    private void kePenangan(Kasus k, String subjek, String isi) {
        Set<Peran> peran = switch (k.tingkat()) {
            case DESA -> EnumSet.of(Peran.KPMD, Peran.PLD);
            case KECAMATAN -> EnumSet.of(Peran.PD, Peran.CAMAT);
            case KABUPATEN, SP4N_LAPOR -> EnumSet.of(Peran.TA);
        };
        for (PetugasDesa p : akun.petugasDesa(k.kodeDesa())) {
            if (peran.contains(p.peran()) && p.email() != null && !p.email().isBlank()) {
                notifikasi.antre(
                        SaluranPesan.EMAIL,
                        p.email(),
                        subjek,
                        isi + "Buka: " + alamat + "/pengaduan/kelola/" + k.id(),
                        k.kodeDesa());
            }
        }
    }

    private void kePengadu(Kasus k, String subjek, String isi) {
        if (k.kontak() != null) {
            notifikasi.antre(SaluranPesan.untukKontak(k.kontak()), k.kontak(), subjek, isi, k.kodeDesa());
        }
    }
}
