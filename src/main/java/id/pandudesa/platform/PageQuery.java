package id.pandudesa.platform;

/**
 * A page request as every list of the API and the pages takes it: {@code ?halaman=0&ukuran=50}.
 * Controllers receive it already checked (see {@code PageQueryArgumentResolver}).
 */
public record PageQuery(int halaman, int ukuran) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public PageQuery {
        if (halaman < 0) {
            throw new IllegalArgumentException("halaman must be >= 0");
        }
        if (ukuran < 1 || ukuran > MAX_SIZE) {
            throw new IllegalArgumentException("ukuran must be 1.." + MAX_SIZE);
        }
    }

    public static PageQuery first(int size) {
        return new PageQuery(0, size);
    }

    public long offset() {
        return (long) halaman * ukuran;
    }
}
