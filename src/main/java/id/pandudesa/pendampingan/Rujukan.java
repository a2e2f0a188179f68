package id.pandudesa.pendampingan;

/**
 * A pointer from a log entry to a record of another module (a musyawarah, a project, a
 * complaint), so later modules link to the log without this module knowing them.
 *
 * @param jenis the kind of record, e.g. {@code musyawarah.Musyawarah}
 * @param id the record's id in its module
 */
public record Rujukan(String jenis, String id) {}
