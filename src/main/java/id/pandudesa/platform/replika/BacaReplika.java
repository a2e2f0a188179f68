package id.pandudesa.platform.replika;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a read-only endpoint (a dashboard, an export, the public board) whose queries may be
 * answered by the read replica when one is configured ({@code pandu.replika.url}) and is not
 * behind by more than {@code pandu.replika.lag-maks}. Writes made while serving it still go to
 * the primary: only statements outside a transaction or inside a read-only one use the replica.
 * On a method or a whole controller; without a replica it changes nothing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface BacaReplika {}
