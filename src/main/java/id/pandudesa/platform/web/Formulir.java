package id.pandudesa.platform.web;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.util.ReflectionUtils;

/**
 * A page form as it arrives: a record whose components are named like the form's fields and hold
 * what was typed, bound by Spring MVC ({@code @ModelAttribute} or a plain record parameter). The
 * record reads its fields into the service's values at the edge with {@link Isian}, which refuses
 * unreadable input naming the field; the service then checks its rules. A refused form is shown
 * again from {@link #isian()}, exactly as typed.
 *
 * <p>Fields a controller reads itself (files, checkbox lists the page fills from its own data)
 * stay separate parameters.
 */
public interface Formulir {

    /**
     * The fields as sent, by name, for the page's {@code f} map: absent fields are left out; a list
     * (a group of checkboxes) is joined with commas.
     */
    default Map<String, String> isian() {
        Map<String, String> out = new LinkedHashMap<>();
        Class<?> type = getClass();
        if (!type.isRecord()) {
            throw new IllegalStateException(type + " is not a record");
        }
        for (RecordComponent c : type.getRecordComponents()) {
            Object v;
            java.lang.reflect.Method accessor = c.getAccessor();
            ReflectionUtils.makeAccessible(accessor);
            v = ReflectionUtils.invokeMethod(accessor, this);
            if (v instanceof Collection<?> list) {
                out.put(
                        c.getName(),
                        String.join(",", list.stream().map(String::valueOf).toList()));
            } else if (v != null) {
                out.put(c.getName(), v.toString());
            }
        }
        return out;
    }
}
