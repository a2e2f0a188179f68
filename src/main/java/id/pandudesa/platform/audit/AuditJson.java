package id.pandudesa.platform.audit;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import id.pandudesa.platform.privasi.Pribadi;
import id.pandudesa.platform.privasi.Sandi;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;
import tools.jackson.databind.json.JsonMapper;

/**
 * How an aggregate's state is written into the audit trail: its fields, whatever getters it has.
 * Fields marked {@code @JsonIgnore} (password hashes, secrets) never reach the trail; fields marked
 * {@link Pribadi} (non-staff people's phones, names, poor-household flags) reach it as fingerprints.
 */
@Component
class AuditJson {

    private final JsonMapper mapper = JsonMapper.builder()
            .changeDefaultVisibility(v -> v.withVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                    .withVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY))
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .annotationIntrospector(new JacksonAnnotationIntrospector() {
                @Override
                public Object findSerializer(MapperConfig<?> config, Annotated a) {
                    return a.hasAnnotation(Pribadi.class) ? new Samaran() : super.findSerializer(config, a);
                }
            })
            .build();

    /** A personal value as the trail keeps it: the first 12 characters of its keyed fingerprint. */
    static final class Samaran extends ValueSerializer<Object> {
        @Override
        public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeString(
                    "sidik:" + Sandi.aktif().sidik(String.valueOf(value)).substring(0, 12));
        }
    }

    JsonMapper mapper() {
        return mapper;
    }
}
