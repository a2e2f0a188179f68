package id.pandudesa.akun.internal;

import id.pandudesa.platform.Kontak;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** An admin's change of a user's name, contacts, role and scope. */
record UbahPengguna(
        @NotBlank(message = "{validasi.wajib}") @Size(max = 120, message = "{validasi.maks}")
        String nama,

        @NotBlank(message = "{validasi.wajib}")
        @Pattern(regexp = "^(KPMD|PEMDES|PLD|MITRA|PD|CAMAT|TA|ADMIN)$", message = "{akun.peran.tidakDikenal}")
        String peran,

        @NotEmpty(message = "{akun.lingkup.kosong}") List<String> lingkup,

        @Email(message = "{validasi.email}")
        @Pattern(regexp = "|" + Kontak.EMAIL, message = "{validasi.email}")
        @Size(max = 150, message = "{validasi.maks}")
        String email,

        @Pattern(regexp = "|" + Kontak.TELEPON, message = "{validasi.telepon}")
        @Size(max = 30, message = "{validasi.maks}")
        String telepon) {}
