package id.pandudesa.wilayah.internal;

import id.pandudesa.platform.BadRequestException;
import id.pandudesa.platform.PageQuery;
import id.pandudesa.platform.PageResult;
import id.pandudesa.wilayah.KodeWilayah;
import id.pandudesa.wilayah.RingkasanWilayah;
import id.pandudesa.wilayah.WilayahApi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/wilayah")
@Tag(name = "Wilayah", description = "Pohon wilayah Kemendagri: provinsi, kabupaten/kota, kecamatan, desa/kelurahan")
class WilayahApiController {

    private final WilayahApi wilayah;

    WilayahApiController(WilayahApi wilayah) {
        this.wilayah = wilayah;
    }

    @GetMapping("/ringkasan")
    @Operation(summary = "Jumlah wilayah per tingkat (desa = desa + kelurahan)")
    Map<String, Long> ringkasan() {
        RingkasanWilayah r = wilayah.ringkasan();
        Map<String, Long> body = new LinkedHashMap<>();
        body.put("provinsi", r.provinsi());
        body.put("kabupaten", r.kabupaten());
        body.put("kecamatan", r.kecamatan());
        body.put("desa", r.desa());
        body.put("kelurahan", r.kelurahan());
        return body;
    }

    @GetMapping("/{kode}")
    @Operation(summary = "Satu wilayah menurut kodenya (tanpa titik, mis. 3517082007)")
    WilayahDto satu(@PathVariable String kode) {
        return WilayahDto.of(wilayah.wajib(checked(kode)));
    }

    @GetMapping("/{kode}/anak")
    @Operation(summary = "Wilayah di bawahnya, berhalaman")
    PageResult<WilayahDto> anak(@PathVariable String kode, @Parameter(hidden = true) PageQuery page) {
        String normal = wilayah.wajib(checked(kode)).kode();
        return wilayah.anak(normal, page).map(WilayahDto::of);
    }

    @GetMapping
    @Operation(summary = "Cari wilayah menurut nama atau awal kode; tanpa `cari`: daftar provinsi")
    PageResult<WilayahDto> cari(@RequestParam(required = false) String cari, @Parameter(hidden = true) PageQuery page) {
        if (cari == null || cari.isBlank()) {
            return wilayah.anak(null, page).map(WilayahDto::of);
        }
        return wilayah.cariNama(cari, page).map(WilayahDto::of);
    }

    private static String checked(String kode) {
        String normal = KodeWilayah.normalisasi(kode);
        if (!KodeWilayah.formatValid(normal)) {
            throw new BadRequestException("wilayah.kodeTidakValid", kode);
        }
        return normal;
    }
}
