package id.pandudesa.akun.internal;

import org.springframework.data.relational.core.mapping.Table;

/** One region code of a user's scope (a row of {@code pengguna_lingkup}). */
@Table("pengguna_lingkup")
record LingkupPengguna(String kode) {}
