package id.pandudesa.platform.privasi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of a record that holds personal data of someone who is not staff (a phone
 * number, an owner's name, a poor-household flag): the audit trail writes its keyed fingerprint
 * instead of the value, so a change still shows as a change while the trail — append-only, kept
 * for good — holds no such data to leak, retain or erase.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface Pribadi {}
