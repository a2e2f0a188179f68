package id.pandudesa.platform.storage;

import id.pandudesa.support.S3TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The S3 store keeps the file store contract against an S3-compatible server (S3Mock on loopback). */
class S3FileStoreIT extends FileStoreContract {

    static S3FileStore store;

    @BeforeAll
    static void start() {
        store = S3TestServer.store("kontrak-" + System.nanoTime());
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    @Override
    FileStore store() {
        return store;
    }
}
