package id.pandudesa.platform.profil;

/** A step of the load generator: runs only with the profile {@code generator} (docs/benchmarks.md). */
public abstract non-sealed class LangkahGenerator extends LangkahProfil {

    protected LangkahGenerator() {
        super("generator");
    }
}
