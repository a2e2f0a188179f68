package id.pandudesa.indeks;

/**
 * The IDM of one village-year: the three dimension indices, the IDM, the status, the target
 * status, the minimum score of the target and the gap to it ({@code skorMinimal − idm}, negative
 * for a Mandiri village above the Mandiri threshold), as the ministry publishes them.
 */
public record HasilIdm(
        double iks,
        double ike,
        double ikl,
        double idm,
        StatusIdm status,
        StatusIdm targetStatus,
        double skorMinimal,
        double penambahan) {}
