package id.pandudesa.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.opentest4j.TestAbortedException;

/**
 * The reference data beside the repository ({@code ../shared/data}): published IDM results, the
 * IDM rule catalogue, the APBDes code lists. A test that reads them is skipped, saying so, on a
 * machine without them; wherever {@code pandu.test.require} is set (CI sets it) their absence fails
 * the test instead, so a run can never pass by quietly checking nothing.
 */
public final class DataBersama {

    private DataBersama() {}

    /** The path under {@code ../shared/data}, present; otherwise a skip or, when required, a failure. */
    public static Path wajib(String relative) {
        Path path = Path.of("..", "shared", "data").resolve(relative);
        if (Files.exists(path)) {
            return path;
        }
        String message = "shared reference data missing: " + path.toAbsolutePath();
        if (diwajibkan()) {
            throw new AssertionError(message + " (pandu.test.require is set, so it must be there)");
        }
        System.out.println("[pandu-test] " + message + " — test skipped");
        throw new TestAbortedException(message);
    }

    static boolean diwajibkan() {
        String value = System.getProperty("pandu.test.require", "").trim();
        return !value.isEmpty() && !value.startsWith("${");
    }
}
