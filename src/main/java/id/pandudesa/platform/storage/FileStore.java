package id.pandudesa.platform.storage;

import java.io.IOException;
import java.io.InputStream;

/** Where file bytes live: a folder on disk by default; an S3-compatible store can implement this. */
public interface FileStore {

    void put(String key, byte[] bytes) throws IOException;

    InputStream get(String key) throws IOException;

    void delete(String key) throws IOException;
}
