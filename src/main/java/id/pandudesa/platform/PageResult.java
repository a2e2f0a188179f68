package id.pandudesa.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code {"isi":[…],"halaman":0,"ukuran":50,"total":1234}}. */
public record PageResult<T>(List<T> isi, int halaman, int ukuran, long total) {

    public static <T> PageResult<T> of(List<T> isi, PageQuery query, long total) {
        return new PageResult<>(List.copyOf(isi), query.halaman(), query.ukuran(), total);
    }

    public <R> PageResult<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResult<>(isi.stream().<R>map(mapper).toList(), halaman, ukuran, total);
    }

    public int jumlahHalaman() {
        return total == 0 ? 1 : (int) ((total + ukuran - 1) / ukuran);
    }

    public boolean adaSebelumnya() {
        return halaman > 0;
    }

    public boolean adaBerikutnya() {
        return (long) (halaman + 1) * ukuran < total;
    }
}
