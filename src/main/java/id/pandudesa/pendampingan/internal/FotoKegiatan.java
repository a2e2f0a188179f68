package id.pandudesa.pendampingan.internal;

import org.springframework.data.relational.core.mapping.Table;

/** A photo of a log entry: the stored file and a caption. Carries the desa code like its entry. */
@Table("kegiatan_pendampingan_foto")
record FotoKegiatan(String kodeDesa, long berkasId, String keterangan) {}
