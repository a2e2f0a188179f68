package id.pandudesa.akun.internal;

import java.util.Arrays;
import java.util.List;

/** The admin's user form (bound by the page; the API takes {@link BuatPengguna}). */
class PenggunaForm {

    private String username = "";
    private String nama = "";
    private String peran = "PLD";
    private String lingkup = "";
    private String password = "";
    private String email = "";
    private String telepon = "";
    private int versi;
    /** A service account (another system, a script) keeps the chosen password. */
    private boolean akunLayanan;

    static PenggunaForm of(Pengguna p) {
        PenggunaForm form = new PenggunaForm();
        form.username = p.username();
        form.nama = p.nama();
        form.peran = p.peran().name();
        form.lingkup = String.join(", ", p.lingkup().kode().stream().sorted().toList());
        form.email = p.email() == null ? "" : p.email();
        form.telepon = p.telepon() == null ? "" : p.telepon();
        form.versi = p.versi();
        return form;
    }

    /** Codes typed with commas, spaces or new lines between them. */
    List<String> kodeLingkup() {
        return Arrays.stream(lingkup == null ? new String[0] : lingkup.split("[,;\\s]+"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    BuatPengguna toBuat() {
        return new BuatPengguna(username, nama, peran, kodeLingkup(), password, email, telepon, !akunLayanan);
    }

    UbahPengguna toUbah() {
        return new UbahPengguna(nama, peran, kodeLingkup(), email, telepon);
    }

    public boolean isAkunLayanan() {
        return akunLayanan;
    }

    public void setAkunLayanan(boolean akunLayanan) {
        this.akunLayanan = akunLayanan;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getNama() {
        return nama;
    }

    public void setNama(String nama) {
        this.nama = nama;
    }

    public String getPeran() {
        return peran;
    }

    public void setPeran(String peran) {
        this.peran = peran;
    }

    public String getLingkup() {
        return lingkup;
    }

    public void setLingkup(String lingkup) {
        this.lingkup = lingkup;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getTelepon() {
        return telepon;
    }

    public void setTelepon(String telepon) {
        this.telepon = telepon;
    }

    public int getVersi() {
        return versi;
    }

    public void setVersi(int versi) {
        this.versi = versi;
    }
}
