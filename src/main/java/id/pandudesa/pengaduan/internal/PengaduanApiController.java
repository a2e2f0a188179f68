package id.pandudesa.pengaduan.internal;

import id.pandudesa.pengaduan.KategoriPengaduan;
import id.pandudesa.pengaduan.StatusPengaduan;
import id.pandudesa.platform.NotFoundException;
import id.pandudesa.platform.security.PublicPaths;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public complaint API (CONTRACTS.md): anyone files a complaint — as JSON, or with the fields
 * of the HTML form (urlencoded or multipart, with attachments) — and follows it by its tracking
 * code. Neither answer ever carries the complainant's name or contact.
 */
@RestController
@RequestMapping("/api/v1/pengaduan")
class PengaduanApiController {

    /** {@code situs_web} is the honeypot the HTML form hides from people: filled in, it is a robot. */
    record AduanJson(
            String kodeDesa,
            String kategori,
            String uraian,
            String nama,
            String kontak,
            Boolean anonim,

            @com.fasterxml.jackson.annotation.JsonProperty(PengaduanPublikController.HONEYPOT)
            String situsWeb) {}

    record Diterima(String kodeLacak) {}

    record TanggapanJson(Instant waktu, String isi) {}

    record LacakJson(
            String kodeLacak,
            String kodeDesa,
            KategoriPengaduan kategori,
            StatusPengaduan status,
            List<TanggapanJson> tanggapan) {}

    private final PengaduanService service;

    private final PengaduanQueries queries;
    private final BatasKiriman batas;
    private final MessageSource messages;

    PengaduanApiController(
            PengaduanService service, PengaduanQueries queries, BatasKiriman batas, MessageSource messages) {
        this.service = service;
        this.queries = queries;
        this.batas = batas;
        this.messages = messages;
    }

    @Bean
    static PublicPaths pengaduanApiPublik() {
        return PublicPaths.api("/api/v1/pengaduan", "/api/v1/pengaduan/lacak/**");
    }

    @Operation(summary = "File a complaint (public); 201 with the tracking code, 422 with each field's problem")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> ajukan(@RequestBody AduanJson body, HttpServletRequest request) {
        if (body.situsWeb() != null && !body.situsWeb().isEmpty()) {
            return robot();
        }
        return terima(
                new PengaduanService.Aduan(
                        body.kodeDesa(),
                        body.kategori(),
                        body.uraian(),
                        body.nama(),
                        body.kontak(),
                        Boolean.TRUE.equals(body.anonim())),
                List.of(),
                request);
    }

    @Operation(summary = "File a complaint with the HTML form's fields (public), attachments in 'lampiran'")
    @PostMapping(consumes = {MediaType.APPLICATION_FORM_URLENCODED_VALUE, MediaType.MULTIPART_FORM_DATA_VALUE})
    ResponseEntity<?> ajukanForm(
            AduanForm f,
            @RequestParam(name = "lampiran", required = false) List<MultipartFile> lampiran,
            HttpServletRequest request)
            throws IOException {
        if (f.robot()) {
            return robot();
        }
        return terima(f.aduan(), PengaduanPublikController.lampiran(lampiran), request);
    }

    /** A robot filled the field people never see: 422, nothing stored, nothing explained beyond that. */
    private ResponseEntity<ProblemDetail> robot() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("pengaduan.ditolakOtomatis", null, LocaleContextHolder.getLocale()));
        problem.setTitle(messages.getMessage("status.422", null, LocaleContextHolder.getLocale()));
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private ResponseEntity<?> terima(
            PengaduanService.Aduan aduan, List<PengaduanService.Lampiran> lampiran, HttpServletRequest request) {
        String pengirim = batas.pengirim(request.getRemoteAddr());
        if (batas.habis(pengirim)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.TOO_MANY_REQUESTS,
                    messages.getMessage("pengaduan.terlaluSering", null, LocaleContextHolder.getLocale()));
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header("Retry-After", "3600")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        Kasus kasus = service.ajukan(aduan, lampiran, pengirim);
        return ResponseEntity.created(URI.create("/api/v1/pengaduan/lacak/" + kasus.kodeLacak()))
                .body(new Diterima(kasus.kodeLacak()));
    }

    @Operation(summary = "Follow a complaint by its tracking code (public): status and answers, no identity")
    @GetMapping("/lacak/{kodeLacak}")
    LacakJson lacak(@PathVariable String kodeLacak) {
        PengaduanQueries.Lacak l = queries.lacak(kodeLacak)
                .orElseThrow(() -> new NotFoundException("pengaduan.kodeTidakDikenal", kodeLacak));
        List<TanggapanJson> answers = new ArrayList<>();
        l.tanggapan().forEach(t -> answers.add(new TanggapanJson(t.waktu(), t.isi())));
        return new LacakJson(l.kodeLacak(), l.kodeDesa(), l.kategori(), l.status(), answers);
    }
}
