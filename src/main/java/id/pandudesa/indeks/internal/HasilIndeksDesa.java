package id.pandudesa.indeks.internal;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One desa's Indeks Desa.
 *
 * @param total Σ of the item scores
 * @param skor the index, 0–100 with the catalogue's decimals
 * @param status the status code ({@code MANDIRI} … {@code SANGAT_TERTINGGAL})
 * @param dimensi each dimension's figure, 0–100, by dimension code in the catalogue's order
 */
public record HasilIndeksDesa(int total, BigDecimal skor, String status, Map<String, BigDecimal> dimensi) {}
