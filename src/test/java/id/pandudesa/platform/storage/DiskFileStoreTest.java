package id.pandudesa.platform.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The disk store keeps the file store contract. */
class DiskFileStoreTest extends FileStoreContract {

    @TempDir
    Path home;

    @Override
    FileStore store() {
        return new DiskFileStore(home.toString());
    }
}
