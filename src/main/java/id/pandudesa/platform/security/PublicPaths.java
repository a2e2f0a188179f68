package id.pandudesa.platform.security;

import java.util.List;

/**
 * Paths a module opens to everyone (citizens, not logged in). Declared as a bean by the module
 * that owns them; the security configuration collects every such bean. Everything else needs a
 * login.
 *
 * @param pages page paths (Ant-style patterns), e.g. {@code /desa/**}
 * @param api API paths answering without credentials, e.g. {@code /api/v1/pengaduan/lacak/**}
 */
public record PublicPaths(List<String> pages, List<String> api) {

    public static PublicPaths pages(String... patterns) {
        return new PublicPaths(List.of(patterns), List.of());
    }

    public static PublicPaths api(String... patterns) {
        return new PublicPaths(List.of(), List.of(patterns));
    }
}
