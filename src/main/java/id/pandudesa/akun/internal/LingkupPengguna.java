package id.pandudesa.akun.internal;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** One code of a user's scope; {@code berakhir} is the day its assignment ends (null: open-ended). */
@Table("pengguna_lingkup")
record LingkupPengguna(String kode, LocalDate berakhir) {}
