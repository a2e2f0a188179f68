package id.pandudesa.akun.internal.demo;

import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.akun.internal.BuatPengguna;
import id.pandudesa.akun.internal.PenggunaRepository;
import id.pandudesa.akun.internal.PenggunaService;
import id.pandudesa.platform.profil.LangkahDemo;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: people of every role around Kecamatan Diwek, Kabupaten Jombang (35.17.08), the
 * kecamatan of seed 000. All share the password {@value #PASSWORD}; the README lists them.
 */
@Component
@Order(30)
class DemoAkun extends LangkahDemo {

    static final String PASSWORD = "pandu-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoAkun.class);

    /** username, name, role, scope. */
    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin.jatim", "Operator Dinas PMD Jawa Timur", Peran.ADMIN, List.of("35")),
            new DemoUser("ta.jombang", "Rina Wulandari", Peran.TA, List.of("3517")),
            new DemoUser("camat.diwek", "Bambang Sutrisno", Peran.CAMAT, List.of("351708")),
            new DemoUser("pd.diwek", "Agus Setiawan", Peran.PD, List.of("351708")),
            new DemoUser("pld.diwek1", "Siti Nurhaliza", Peran.PLD, List.of("3517082001", "3517082002", "3517082003")),
            new DemoUser(
                    "pld.diwek2",
                    "Muhammad Fajar",
                    Peran.PLD,
                    List.of("3517082004", "3517082005", "3517082006", "3517082007")),
            new DemoUser("mitra.diwek", "Dewi Lestari", Peran.MITRA, List.of("3517082007", "3517082008")),
            new DemoUser("kpmd.cukir", "Ahmad Hidayat", Peran.KPMD, List.of("3517082007")),
            new DemoUser("kpmd.kayangan", "Sri Wahyuni", Peran.KPMD, List.of("3517082001")),
            new DemoUser("pemdes.cukir", "Operator Desa Cukir", Peran.PEMDES, List.of("3517082007")),
            new DemoUser("pld.gudo", "Hendra Gunawan", Peran.PLD, List.of("3517022001", "3517022002")));

    private final PenggunaService service;
    private final PenggunaRepository users;

    DemoAkun(PenggunaService service, PenggunaRepository users) {
        this.service = service;
        this.users = users;
    }

    @Override
    protected void jalankan() {
        PenggunaSaatIni system = PenggunaSaatIni.sistem();
        int created = 0;
        for (DemoUser u : USERS) {
            if (users.existsByUsername(u.username())) {
                continue;
            }
            String phone = "0812" + String.format("%08d", Math.abs(u.username().hashCode()) % 100_000_000);
            service.buat(
                    new BuatPengguna(
                            u.username(), u.nama(), u.peran().name(), u.lingkup(), PASSWORD, null, phone, false),
                    system);
            created++;
        }
        if (created > 0) {
            log.info("Demo data: {} users around Kecamatan Diwek (password '{}')", created, PASSWORD);
        }
    }

    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void printLogins() {
        if (!aktif()) {
            return;
        }
        StringBuilder table = new StringBuilder("\n\n  Demo logins (password '" + PASSWORD + "'):\n");
        for (DemoUser u : USERS) {
            table.append(String.format("    %-14s %-7s %s%n", u.username(), u.peran(), String.join(", ", u.lingkup())));
        }
        log.info(table.toString());
    }

    record DemoUser(String username, String nama, Peran peran, List<String> lingkup) {}
}
