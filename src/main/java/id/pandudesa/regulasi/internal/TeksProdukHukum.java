package id.pandudesa.regulasi.internal;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/** One version of a regulation's text: a stored PDF (or scanned pages), who uploaded it and why. */
@Table("produk_hukum_teks")
public record TeksProdukHukum(long berkasId, String kodeDesa, String catatan, String oleh, Instant waktu) {}
