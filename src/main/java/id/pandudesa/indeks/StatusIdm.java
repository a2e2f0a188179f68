package id.pandudesa.indeks;

/** The five development statuses of the IDM, lowest first, with their published names. */
public enum StatusIdm {
    SANGAT_TERTINGGAL("SANGAT TERTINGGAL"),
    TERTINGGAL("TERTINGGAL"),
    BERKEMBANG("BERKEMBANG"),
    MAJU("MAJU"),
    MANDIRI("MANDIRI");

    private final String label;

    StatusIdm(String label) {
        this.label = label;
    }

    /** The name as the ministry publishes it, e.g. {@code SANGAT TERTINGGAL}. */
    public String label() {
        return label;
    }

    /** The next status up; Mandiri stays Mandiri. */
    public StatusIdm target() {
        return this == MANDIRI ? MANDIRI : values()[ordinal() + 1];
    }

    public static StatusIdm dariLabel(String label) {
        for (StatusIdm s : values()) {
            if (s.label.equalsIgnoreCase(label.trim()) || s.name().equalsIgnoreCase(label.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown IDM status: " + label);
    }
}
