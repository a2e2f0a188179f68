package id.pandudesa.akun.internal;

import id.pandudesa.platform.Kontak;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Creating a user, from the API ({@code POST /api/v1/pengguna}) or the admin form. The chosen
 * password is one-time unless {@code wajibGantiPassword} is false.
 */
public record BuatPengguna(
        @NotBlank(message = "{validasi.wajib}")
        @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]{2,49}$", message = "{akun.username.format}")
        String username,

        @NotBlank(message = "{validasi.wajib}") @Size(max = 120, message = "{validasi.maks}")
        String nama,

        @NotBlank(message = "{validasi.wajib}")
        @Pattern(regexp = "^(KPMD|PEMDES|PLD|MITRA|PD|CAMAT|TA|ADMIN)$", message = "{akun.peran.tidakDikenal}")
        String peran,

        @NotEmpty(message = "{akun.lingkup.kosong}") List<String> lingkup,

        @NotBlank(message = "{validasi.wajib}") @Size(min = 8, max = 128, message = "{akun.password.panjang}")
        String password,

        @Email(message = "{validasi.email}")
        @Pattern(regexp = "|" + Kontak.EMAIL, message = "{validasi.email}")
        @Size(max = 150, message = "{validasi.maks}")
        String email,

        @Pattern(regexp = "|" + Kontak.TELEPON, message = "{validasi.telepon}")
        @Size(max = 30, message = "{validasi.maks}")
        String telepon,

        /**
         * Whether the account must choose its own password before anything else (default true); false
         * only for a service account of another system or a script.
         */
        Boolean wajibGantiPassword) {

    boolean harusGanti() {
        return wajibGantiPassword == null || wajibGantiPassword;
    }
}
