package id.pandudesa.platform.audit;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import org.springframework.stereotype.Component;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How an aggregate's state is written into the audit trail: its fields, whatever getters it has.
 * Fields marked {@code @JsonIgnore} (password hashes, secrets) never reach the trail.
 */
@Component
class AuditJson {

    private final JsonMapper mapper = JsonMapper.builder()
            .changeDefaultVisibility(v -> v.withVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                    .withVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY))
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    JsonMapper mapper() {
        return mapper;
    }
}
