package id.pandudesa.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pandudesa.support.Halaman;
import id.pandudesa.support.PanduIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cukir's Siskeudes database of 2017, exported as OpenSID users export it, with each quirk real
 * exports carry: amounts in scientific notation, month-first dates, a line break inside quoted
 * text, a column of another Siskeudes version, a binary file, kegiatan codes behind the village's
 * own code, pendapatan rows with a dummy kegiatan, a folder inside the zip, an advance (UM) paid
 * and accounted for later, a transaction of the next year. The figures below are worked by hand.
 */
@PanduIntegrationTest
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SiskeudesImporIT {

    static final String URL = "/api/v1/apbdes/3517082007/2017/siskeudes";

    @Autowired
    Halaman halaman;

    @Autowired
    JdbcClient jdbc;

    static Map<String, String> ekspor() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("Ref_Version.csv", "Versi,Tgl_Update\n\"2.0.6\",06/19/17 00:00:00\n");
        f.put(
                "Ta_RABRinci.csv",
                "Tahun,Kd_Desa,Kd_Keg,Kd_Rincian,Kd_SubRinci,No_Urut,SumberDana,Uraian,Anggaran,AnggaranStlhPAK,KolomVersiLain\n"
                        + "2017,\"17.2007.\",\"17.2007.00.00.00.\",\"4.2.1.01.\",\"01\",\"001\",\"DDS\",\"Dana Desa\","
                        + "8.0000000000000000e+008,8.0000000000000000e+008,x\n"
                        + "2017,\"17.2007.\",\"17.2007.00.00.00.\",\"4.2.3.01.\",\"01\",\"001\",\"ADD\",\"Alokasi Dana Desa\","
                        + "400000000,400000000,x\n"
                        + "2017,\"17.2007.\",\"17.2007.02.03.10.\",\"5.3.5.02.\",\"01\",\"001\",\"DDS\",\"Upah tukang\n"
                        + "rabat beton\",1.0000000000000000e+008,1.2000000000000000e+008,x\n"
                        + "2017,\"17.2007.\",\"17.2007.02.03.10.\",\"5.3.5.02.\",\"01\",\"002\",\"PAD\",\"Upah tambahan\","
                        + "20000000,20000000,x\n"
                        + "2017,\"17.2007.\",\"17.2007.01.01.01.\",\"5.1.1.01.\",\"01\",\"001\",\"ADD\",\"Siltap kades\","
                        + "36000000,36000000,x\n"
                        + "2017,\"17.2007.\",\"17.2007.00.00.00.\",\"6.1.1.01.\",\"01\",\"001\",\"\",\"SiLPA\","
                        + "10000000,10000000,x\n"
                        + "2017,\"17.2007.\",\"17.2007.00.00.00.\",\"6.2.2.01.\",\"01\",\"001\",\"\",\"Modal BUMDes\","
                        + "50000000,50000000,x\n");
        f.put(
                "Ta_TBP.csv",
                "Tahun,Kd_Desa,No_Bukti,Tgl_Bukti,Uraian\n"
                        + "2017,\"17.2007.\",\"TBP/001\",04/15/17 00:00:00,\"DD tahap I\"\n"
                        + "2017,\"17.2007.\",\"TBP/002\",08/20/17 00:00:00,\"ADD\"\n"
                        + "2017,\"17.2007.\",\"TBP/003\",01/05/18 00:00:00,\"tahun berikutnya\"\n");
        f.put(
                "Ta_TBPRinci.csv",
                "Tahun,No_Bukti,Kd_Desa,Kd_Keg,Kd_Rincian,SumberDana,Nilai\n"
                        + "2017,\"TBP/001\",\"17.2007.\",\"17.2007.00.00.00.\",\"4.2.1.01.\",\"DDS\",4.8000000000000000e+008\n"
                        + "2017,\"TBP/002\",\"17.2007.\",\"17.2007.00.00.00.\",\"4.2.3.01.\",\"ADD\",200000000\n"
                        + "2017,\"TBP/003\",\"17.2007.\",\"17.2007.00.00.00.\",\"4.2.1.01.\",\"DDS\",1000\n");
        f.put(
                "Ta_SPP.csv",
                "Tahun,No_SPP,Tgl_SPP,Jn_SPP,Kd_Desa,Keterangan\n"
                        + "2017,\"SPP/001\",05/02/17 00:00:00,\"LS\",\"17.2007.\",\"upah\"\n"
                        + "2017,\"SPP/002\",06/10/17 00:00:00,\"UM\",\"17.2007.\",\"panjar siltap\"\n"
                        + "2017,\"SPP/003\",07/01/17 00:00:00,\"LS\",\"17.2007.\",\"modal BUMDes\"\n");
        f.put(
                "Ta_SPPRinci.csv",
                "Tahun,No_SPP,Kd_Desa,Kd_Keg,Kd_Rincian,Sumberdana,Nilai\n"
                        + "2017,\"SPP/001\",\"17.2007.\",\"17.2007.02.03.10.\",\"5.3.5.02.\",\"DDS\",60000000\n"
                        + "2017,\"SPP/002\",\"17.2007.\",\"17.2007.01.01.01.\",\"5.1.1.01.\",\"ADD\",18000000\n"
                        + "2017,\"SPP/003\",\"17.2007.\",\"17.2007.00.00.00.\",\"6.2.2.01.\",\"\",5.0000000000000000e+007\n");
        f.put(
                "Ta_SPJ.csv",
                "Tahun,No_SPJ,Tgl_SPJ,No_SPP,Kd_Desa\n2017,\"SPJ/001\",06/25/17 00:00:00,\"SPP/002\",\"17.2007.\"\n");
        f.put(
                "Ta_SPJRinci.csv",
                "Tahun,No_SPJ,Kd_Keg,Kd_Rincian,Sumberdana,JmlCair,Nilai,Sisa\n"
                        + "2017,\"SPJ/001\",\"17.2007.01.01.01.\",\"5.1.1.01.\",\"ADD\",18000000,17500000,500000\n");
        f.put(
                "Ta_Mutasi.csv",
                "Tahun,Kd_Desa,No_Bukti,Tgl_Bukti,Keterangan,Kd_Rincian,Kd_Keg,Sumberdana,Nilai\n"
                        + "2017,\"17.2007.\",\"MUT/001\",09/01/17 00:00:00,\"koreksi ADD\",\"4.2.3.01.\",\"17.2007.00.00.00.\",\"ADD\",50000000\n");
        f.put(
                "Ta_JurnalUmum.csv",
                "Tahun,KdBuku,Kd_Desa,Tanggal,JnsBukti,NoBukti,Keterangan\n"
                        + "2017,\"01\",\"17.2007.\",12/31/17 00:00:00,\"JU\",\"JU/001\",\"penyesuaian\"\n");
        f.put(
                "Ta_JurnalUmumRinci.csv",
                "Tahun,NoBukti,Kd_Keg,RincianSD,NoID,Kd_Desa,Akun,Kd_Rincian,Sumberdana,DK,Debet,Kredit\n"
                        + "2017,\"JU/001\",\"17.2007.00.00.00.\",\"\",1,\"17.2007.\",\"6.\",\"6.1.1.01.\",\"\",\"K\",0,10000000\n"
                        + "2017,\"JU/001\",\"17.2007.02.03.10.\",\"\",2,\"17.2007.\",\"5.\",\"5.3.5.02.\",\"DDS\",\"D\",5000000,0\n");
        return f;
    }

    static byte[] zip(Map<String, String> files, boolean withBinary) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : files.entrySet()) {
                // One file inside a folder: a zipped folder reads like its files zipped.
                String name = e.getKey().equals("Ta_SPJ.csv") ? "ekspor/" + e.getKey() : e.getKey();
                zip.putNextEntry(new ZipEntry(name));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            if (withBinary) {
                byte[] noise = new byte[4096];
                new Random(7).nextBytes(noise);
                zip.putNextEntry(new ZipEntry("Ta_Pemda.csv"));
                zip.write(noise);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private long versions() {
        return jdbc.sql("SELECT COUNT(*) FROM apbdes WHERE kode_desa = '3517082007' AND tahun = 2017")
                .query(Long.class)
                .single();
    }

    @Test
    @Order(1)
    void what_is_not_a_single_villages_export_is_refused_and_nothing_is_stored() throws Exception {
        halaman.kirim(post(URL).contentType("application/zip").content("bukan zip"), "pemdes.cukir")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("bukan zip")));
        Map<String, String> noBudget = ekspor();
        noBudget.remove("Ta_RABRinci.csv");
        halaman.kirim(post(URL).contentType("application/zip").content(zip(noBudget, false)), "pemdes.cukir")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("Ta_RABRinci.csv")));
        Map<String, String> unknown = ekspor();
        unknown.put(
                "Ta_SPPRinci.csv", unknown.get("Ta_SPPRinci.csv").replace("17.2007.02.03.10.", "17.2007.09.09.99."));
        halaman.kirim(post(URL).contentType("application/zip").content(zip(unknown, true)), "pemdes.cukir")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("Ta_SPPRinci.csv/Kd_Keg"))
                .andExpect(jsonPath("$.errors[0].baris").value(1));
        Map<String, String> two = ekspor();
        two.put(
                "Ta_RABRinci.csv",
                two.get("Ta_RABRinci.csv")
                        + "2017,\"17.2008.\",\"17.2008.00.00.00.\",\"4.2.1.01.\",\"01\",\"001\",\"DDS\",\"DD\",1,1,x\n");
        halaman.kirim(post(URL).contentType("application/zip").content(zip(two, false)), "pemdes.cukir")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("17.2007., 17.2008.")));
        halaman.kirim(post(URL).contentType("application/zip").content(zip(ekspor(), true)), "pd.diwek")
                .andExpect(status().isForbidden());
        assertThat(versions()).isZero();
    }

    @Test
    @Order(2)
    void the_export_becomes_the_adopted_apbdes_and_its_realisation_for_the_year() throws Exception {
        halaman.kirim(post(URL).contentType("application/zip").content(zip(ekspor(), true)), "pemdes.cukir")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sampai").value("2017-12-31"))
                .andExpect(jsonPath("$.pendapatan.anggaran").value(1_200_000_000L))
                .andExpect(jsonPath("$.pendapatan.realisasi").value(730_000_000L))
                .andExpect(jsonPath("$.belanja.anggaran").value(176_000_000L))
                .andExpect(jsonPath("$.belanja.realisasi").value(82_500_000L))
                .andExpect(jsonPath("$.penerimaanPembiayaan.realisasi").value(10_000_000L))
                .andExpect(jsonPath("$.pengeluaranPembiayaan.realisasi").value(50_000_000L))
                .andExpect(jsonPath("$.perBidang.2.realisasi").value(65_000_000L))
                .andExpect(jsonPath("$.belanjaPerSumberDana.ADD.realisasi").value(17_500_000L));
        assertThat(versions()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT status FROM apbdes WHERE kode_desa = '3517082007' AND tahun = 2017")
                        .query(String.class)
                        .single())
                .isEqualTo("DITETAPKAN");
        assertThat(jdbc.sql("SELECT sumber FROM apbdes_realisasi WHERE kode_desa = '3517082007' AND tahun = 2017")
                        .query(String.class)
                        .single())
                .isEqualTo("SISKEUDES");
    }

    @Test
    @Order(3)
    void the_same_export_again_keeps_the_apbdes_and_a_semester_point_reads_up_to_its_date() throws Exception {
        halaman.kirim(
                        post(URL)
                                .param("sampai", "2017-06-30")
                                .contentType("application/zip")
                                .content(zip(ekspor(), false)),
                        "pemdes.cukir")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pendapatan.realisasi").value(480_000_000L))
                .andExpect(jsonPath("$.belanja.realisasi").value(77_500_000L))
                .andExpect(jsonPath("$.pengeluaranPembiayaan.realisasi").value(0));
        assertThat(versions()).isEqualTo(1);
    }

    @Test
    @Order(4)
    void the_village_government_imports_it_from_the_realisation_page_too() throws Exception {
        String page = "/perencanaan/apbdes/3517082007/2017";
        halaman.kirim(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                        page + "/siskeudes")
                                .file(new org.springframework.mock.web.MockMultipartFile(
                                        "berkas", "siskeudes.zip", "application/zip", zip(ekspor(), true)))
                                .param("sampai", "2017-09-30"),
                        "pemdes.cukir")
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        page + "/realisasi?sampai=2017-09-30"));
        String html = halaman.html(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(page + "/realisasi")
                        .param("sampai", "2017-09-30"),
                "camat.diwek");
        assertThat(html).contains("dari Siskeudes").contains("id=\"realisasi-pendapatan\">Rp 730.000.000<");
        assertThat(versions()).isEqualTo(1);
    }
}
