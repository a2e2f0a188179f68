package id.pandudesa.akun;

/** Someone with an account who serves a desa: its cadres, its government, its facilitators. */
public record PetugasDesa(String username, String nama, Peran peran, String telepon, String email) {}
