import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.springframework.boot.SpringApplicationAotProcessor;
import org.springframework.util.FileSystemUtils;

/**
 * The build's ahead-of-time step (pom: execution {@code aot-generate}), run by the toolchain's
 * {@code java} with the application's runtime class path.
 *
 * <p>It does what Spring Boot's {@code process-aot} goal does — Spring's processor writes the
 * prepared context as sources, resources and proxy classes; the sources are compiled against the
 * runtime class path; all of it lands in {@code target/classes} — but on the JDK that runs this
 * file. The goal itself compiles with the compiler of the JVM that runs Maven, which on our machines
 * is Java 17 and refuses {@code --release 21}.
 *
 * <p>Arguments: main class, output folder (gets {@code sources}, {@code resources}, {@code
 * classes}), classes folder of the build, group id, artifact id, Java release.
 */
public class ProcessAot {

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            throw new IllegalArgumentException(
                    "usage: ProcessAot <main class> <output folder> <classes folder> <group> <artifact> <release>");
        }
        Path keluaran = Path.of(args[1]);
        Path sumber = keluaran.resolve("sources");
        Path sumberDaya = keluaran.resolve("resources");
        Path kelas = keluaran.resolve("classes");
        Path kelasBuild = Path.of(args[2]);

        SpringApplicationAotProcessor.main(
                new String[] {args[0], sumber.toString(), sumberDaya.toString(), kelas.toString(), args[3], args[4]});

        kompilasi(sumber, kelas, args[5]);
        salinSemua(sumberDaya, kelasBuild);
        salinSemua(kelas, kelasBuild);
    }

    /** Compiles the generated sources into the proxy classes' folder, as the goal does. */
    private static void kompilasi(Path sumber, Path kelas, String rilis) throws IOException {
        List<File> berkas;
        try (Stream<Path> jalur = Files.walk(sumber)) {
            berkas = jalur.filter(p -> p.toString().endsWith(".java"))
                    .map(Path::toFile)
                    .toList();
        }
        if (berkas.isEmpty()) {
            return;
        }
        Files.createDirectories(kelas);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler in " + System.getProperty("java.home"));
        }
        String classpath = kelas + File.pathSeparator + System.getProperty("java.class.path");
        List<String> opsi = List.of(
                "--release",
                rilis,
                "-parameters",
                "-proc:none",
                "-encoding",
                "UTF-8",
                "-classpath",
                classpath,
                "-d",
                kelas.toString());
        try (var pengelola = javac.getStandardFileManager(null, null, null)) {
            boolean berhasil = javac.getTask(
                            null, pengelola, null, opsi, null, pengelola.getJavaFileObjectsFromFiles(berkas))
                    .call();
            if (!berhasil) {
                throw new IllegalStateException("compiling the generated AOT sources in " + sumber + " failed");
            }
        }
    }

    private static void salinSemua(Path dari, Path ke) throws IOException {
        if (Files.isDirectory(dari)) {
            FileSystemUtils.copyRecursively(dari, ke);
        }
    }
}
