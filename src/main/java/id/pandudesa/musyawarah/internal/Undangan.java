package id.pandudesa.musyawarah.internal;

import id.pandudesa.platform.privasi.Pribadi;
import id.pandudesa.wilayah.UnsurMasyarakat;
import org.springframework.data.relational.core.mapping.Table;

/** Someone invited to a meeting, by unsur, with a phone number or e-mail for the invitation (optional). */
@Table("musyawarah_undangan")
public record Undangan(
        String kodeDesa,
        @Pribadi String nama,
        UnsurMasyarakat unsur,
        String keterangan,
        @Pribadi String kontak) {}
