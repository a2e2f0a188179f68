package id.pandudesa.platform.profil;

/** A step of the demo data: runs only with the profile {@code demo} (the README's demo command). */
public abstract non-sealed class LangkahDemo extends LangkahProfil {

    protected LangkahDemo() {
        super("demo");
    }
}
