package id.pandudesa.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files under {@code $PANDU_HOME/berkas}, written to a temporary name first, then moved in place: the
 * embedded default ({@code pandu.storage.jenis=disk}); a missing file reads as {@link
 * java.io.FileNotFoundException} as in every store.
 */
public class DiskFileStore implements FileStore {

    private final Path root;

    public DiskFileStore(String home) {
        this.root = Path.of(home, "berkas").toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, byte[] bytes) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
        Files.write(temp, bytes);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public InputStream get(String key) throws IOException {
        try {
            return Files.newInputStream(resolve(key));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new java.io.FileNotFoundException(key);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("key outside the store: " + key);
        }
        return path;
    }
}
