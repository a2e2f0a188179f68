package id.pandudesa.platform.privasi;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A retention rule over whole records: which are due (a {@code FROM … WHERE …} with the limit as
 * {@code :b}), picked by id a batch at a time, and how a batch is anonymised.
 */
public abstract class AturanRetensiBaris implements AturanRetensi {

    protected final JdbcClient jdbc;

    protected AturanRetensiBaris(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code " FROM <table> <alias> WHERE … < :b AND <still holds personal data>"}. */
    protected abstract String jatuhTempoSql();

    /** The id column of the rows, with its alias (e.g. {@code p.id}). */
    protected abstract String kolomId();

    /** The value of {@code :b} for the limit: a timestamp, or a day for rules over dates. */
    protected abstract Object batas(Instant batas);

    /** Anonymises the rows with these ids (the caller's transaction). */
    protected abstract void anonimkan(List<Long> ids);

    @Override
    public long jatuhTempo(Instant batas) {
        return jdbc.sql("SELECT COUNT(*)" + jatuhTempoSql())
                .param("b", batas(batas))
                .query(Long.class)
                .single();
    }

    @Override
    public int anonimkan(Instant batas, int maks) {
        List<Long> ids = jdbc.sql("SELECT " + kolomId() + jatuhTempoSql() + " ORDER BY " + kolomId() + " FETCH FIRST "
                        + maks + " ROWS ONLY")
                .param("b", batas(batas))
                .query(Long.class)
                .list();
        if (!ids.isEmpty()) {
            anonimkan(ids);
        }
        return ids.size();
    }
}
