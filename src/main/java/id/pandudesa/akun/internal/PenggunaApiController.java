package id.pandudesa.akun.internal;

import id.pandudesa.akun.AkunApi;
import id.pandudesa.akun.PenggunaSaatIni;
import id.pandudesa.akun.Peran;
import id.pandudesa.platform.BadRequestException;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.PageResult;
import id.pandudesa.platform.web.RequestValidation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Akun", description = "Pengguna, peran dan lingkup wilayah")
class PenggunaApiController {

    private final PenggunaService service;
    private final AkunApi akun;
    private final RequestValidation validation;

    PenggunaApiController(PenggunaService service, AkunApi akun, RequestValidation validation) {
        this.service = service;
        this.akun = akun;
        this.validation = validation;
    }

    @PostMapping("/api/v1/pengguna")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Buat pengguna (ADMIN, di dalam lingkup admin)",
            responses = {
                @ApiResponse(responseCode = "201", description = "Pengguna dibuat"),
                @ApiResponse(responseCode = "409", description = "Username sudah dipakai"),
                @ApiResponse(
                        responseCode = "422",
                        description = "Kode lingkup tidak dikenal atau tidak sesuai tingkat peran")
            })
    ResponseEntity<PenggunaDto> buat(@RequestBody BuatPengguna body) {
        PenggunaSaatIni admin = akun.wajibSaatIni();
        PenggunaService.wajibAdmin(admin);
        Pengguna user = service.buat(validation.check(body), admin);
        return ResponseEntity.created(URI.create("/api/v1/pengguna/" + user.username()))
                .body(PenggunaDto.of(user));
    }

    @GetMapping("/api/v1/pengguna")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Daftar pengguna di dalam lingkup admin, berhalaman")
    PageResult<PenggunaDto> daftar(
            @RequestParam(required = false) String cari,
            @RequestParam(required = false) String peran,
            @Parameter(hidden = true) PageQuery page) {
        return service.daftar(akun.wajibSaatIni(), cari, parsePeran(peran), page);
    }

    @GetMapping("/api/v1/pengguna/{username}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Satu pengguna di dalam lingkup admin")
    PenggunaDto satu(@PathVariable String username) {
        return PenggunaDto.of(service.lihat(username, akun.wajibSaatIni()));
    }

    @GetMapping("/api/v1/saya")
    @Operation(summary = "Pengguna yang sedang masuk")
    Map<String, Object> saya() {
        PenggunaSaatIni me = akun.wajibSaatIni();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", me.username());
        body.put("nama", me.nama());
        body.put("peran", me.peran().name());
        body.put("lingkup", me.lingkup().kode().stream().sorted().toList());
        return body;
    }

    static Peran parsePeran(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Peran.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(
                    List.of(FieldProblem.of("peran", "akun.peran.tidakDikenal")), "akun.peran.tidakDikenal");
        }
    }
}
