package id.pandudesa.regulasi.internal;

import id.pandudesa.akun.Peran;
import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/** A facilitator's or cadre's comment on a draft. */
@Table("produk_hukum_komentar")
public record KomentarProdukHukum(String oleh, Peran peran, String isi, Instant waktu) {}
