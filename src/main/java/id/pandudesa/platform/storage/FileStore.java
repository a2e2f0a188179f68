package id.pandudesa.platform.storage;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where file bytes live: a folder on disk by default ({@link DiskFileStore}), or a bucket of an
 * S3-compatible service ({@link S3FileStore}) when several nodes share the files. Both keep the same
 * keys; reading a key that is not there throws {@link java.io.FileNotFoundException}; deleting one
 * that is not there does nothing.
 */
public interface FileStore {

    void put(String key, byte[] bytes) throws IOException;

    InputStream get(String key) throws IOException;

    void delete(String key) throws IOException;
}
