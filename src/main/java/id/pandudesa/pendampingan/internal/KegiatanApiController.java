package id.pandudesa.pendampingan.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.platform.BadRequestException;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.PageResult;
import id.pandudesa.platform.idempotency.IdempotentCreate;
import id.pandudesa.platform.web.RequestValidation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Pendampingan", description = "Catatan kegiatan harian pendamping dan kader")
class KegiatanApiController {

    private final KegiatanService service;
    private final KegiatanQueries queries;
    private final AkunApi akun;
    private final RequestValidation validation;
    private final IdempotentCreate idempotent;

    KegiatanApiController(
            KegiatanService service,
            KegiatanQueries queries,
            AkunApi akun,
            RequestValidation validation,
            IdempotentCreate idempotent) {
        this.service = service;
        this.queries = queries;
        this.akun = akun;
        this.validation = validation;
        this.idempotent = idempotent;
    }

    @PostMapping(value = "/api/v1/pendampingan/kegiatan", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Catat kegiatan pendampingan (KPMD, PLD, MITRA, PD, TA)",
            description = "Header Idempotency-Key (≤ 100 karakter) membuat pengiriman ulang aman: kunci yang sama"
                    + " dari pengguna yang sama mengembalikan hasil pertama tanpa menyimpan lagi.",
            responses = {
                @ApiResponse(responseCode = "201", description = "Tercatat"),
                @ApiResponse(responseCode = "404", description = "Desa tidak ada atau di luar lingkup"),
                @ApiResponse(responseCode = "422", description = "Aturan dilanggar, mis. tanggal di masa depan")
            })
    ResponseEntity<KegiatanDto> catat(
            @RequestBody CatatKegiatan body, @RequestHeader(value = "Idempotency-Key", required = false) String key) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        KegiatanService.wajibPenulis(me);
        validation.check(body);
        IdempotentCreate.Outcome<KegiatanDto> outcome = idempotent.run(
                me.username(),
                key,
                body,
                KegiatanDto.class,
                () -> KegiatanDto.of(service.catat(body, me, List.of(), false)),
                dto -> "/api/v1/pendampingan/kegiatan/" + dto.id());
        var answer = ResponseEntity.created(URI.create(outcome.location()));
        if (outcome.replay()) {
            answer.header("Idempotent-Replay", "true");
        }
        return answer.body(outcome.body());
    }

    @PostMapping(value = "/api/v1/pendampingan/kegiatan/{id}/foto", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Tambah foto ke kegiatan sendiri (JPEG/PNG/WebP, maks 10 MB; lokasi EXIF dibuang kecuali"
                    + " simpanLokasi=true)",
            description = "Header Idempotency-Key membuat pengiriman ulang aman: foto yang sama dengan kunci yang"
                    + " sama tidak tersimpan dua kali.")
    ResponseEntity<KegiatanDto> foto(
            @PathVariable long id,
            @RequestPart("foto") MultipartFile file,
            @RequestParam(required = false) String keterangan,
            @RequestParam(defaultValue = "false") boolean simpanLokasi,
            @RequestHeader(value = "Idempotency-Key", required = false) String key)
            throws IOException {
        PenggunaSaatIni me = akun.wajibSaatIni();
        KegiatanService.wajibPenulis(me);
        byte[] bytes = file.getBytes();
        IdempotentCreate.Outcome<KegiatanDto> outcome = idempotent.run(
                me.username(),
                key,
                new FotoDiminta(id, sidik(bytes), keterangan, simpanLokasi),
                KegiatanDto.class,
                () -> {
                    KegiatanPendampingan entry = service.lihat(id, me);
                    CatatKegiatan same = KegiatanForm.of(entry).toCommand();
                    return KegiatanDto.of(service.ubah(
                            id,
                            entry.versi(),
                            same,
                            me,
                            List.of(new KegiatanService.Foto(bytes, file.getOriginalFilename(), keterangan)),
                            simpanLokasi));
                },
                dto -> "/api/v1/pendampingan/kegiatan/" + dto.id());
        var answer = ResponseEntity.status(HttpStatus.CREATED);
        if (outcome.replay()) {
            answer.header("Idempotent-Replay", "true");
        }
        return answer.body(outcome.body());
    }

    /** What a photo upload asked for, as the idempotency key's fingerprint sees it. */
    record FotoDiminta(long kegiatan, String sha256, String keterangan, boolean simpanLokasi) {}

    private static String sidik(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @GetMapping("/api/v1/pendampingan/kegiatan")
    @Operation(summary = "Kegiatan yang boleh dilihat pemanggil, terbaru dulu, berhalaman")
    PageResult<KegiatanDto> daftar(
            @RequestParam(required = false) String desa,
            @RequestParam(required = false) String dari,
            @RequestParam(required = false) String sampai,
            @RequestParam(required = false) String penulis,
            @RequestParam(required = false) String metode,
            @RequestParam(required = false) String ruangLingkup,
            @Parameter(hidden = true) PageQuery page) {
        PenggunaSaatIni me = akun.wajibSaatIni();
        KegiatanQueries.Saring saring = KegiatanQueries.Saring.dari(desa, dari, sampai, penulis, metode, ruangLingkup);
        return queries.daftar(me.lingkup(), me.username(), saring, page).map(KegiatanApiController::dto);
    }

    @GetMapping("/api/v1/pendampingan/kegiatan/{id}")
    @Operation(summary = "Satu kegiatan (404 bila di luar lingkup)")
    KegiatanDto satu(@PathVariable long id) {
        return KegiatanDto.of(service.lihat(id, akun.wajibSaatIni()));
    }

    private static KegiatanDto dto(KegiatanQueries.KegiatanRingkas k) {
        return new KegiatanDto(
                k.id(),
                k.tanggal(),
                k.jamMulai(),
                k.jamSelesai(),
                k.kodeDesa(),
                k.penulis(),
                k.peranPenulis(),
                k.status(),
                k.metode() == null ? null : k.metode().name(),
                k.ruangLingkup() == null ? null : k.ruangLingkup().name(),
                k.subTopik(),
                k.uraian(),
                k.hasil(),
                k.pesertaLaki(),
                k.pesertaPerempuan(),
                null,
                k.tindakLanjut(),
                k.tenggatTindakLanjut(),
                k.tindakLanjutSelesai(),
                null,
                null,
                null,
                null,
                0);
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(List.of(FieldProblem.of(field, "validasi.tanggal")), "permintaan.tidakValid");
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(
                    List.of(FieldProblem.of(field, "validasi.pilihanTidakDikenal")), "permintaan.tidakValid");
        }
    }
}
