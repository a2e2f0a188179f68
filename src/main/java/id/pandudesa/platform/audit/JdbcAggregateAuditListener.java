package id.pandudesa.platform.audit;

import java.util.IdentityHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationListener;
import org.springframework.data.jdbc.core.JdbcAggregateOperations;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.event.AbstractRelationalEvent;
import org.springframework.data.relational.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.data.relational.core.mapping.event.BeforeDeleteEvent;
import org.springframework.data.relational.core.mapping.event.BeforeSaveEvent;
import org.springframework.stereotype.Component;

/**
 * Records every aggregate saved or deleted through Spring Data JDBC, in any module, with its
 * state before (read back from the database) and after. Runs inside the repository call, so the
 * audit row commits or rolls back with the change itself.
 */
@Component
class JdbcAggregateAuditListener implements ApplicationListener<AbstractRelationalEvent<?>> {

    private static final ThreadLocal<Map<Object, Object>> BEFORE = ThreadLocal.withInitial(IdentityHashMap::new);
    private static final ThreadLocal<Map<Object, Object>> DELETED = ThreadLocal.withInitial(java.util.HashMap::new);

    private final AuditTrail trail;
    private final RelationalMappingContext mappingContext;
    private final ObjectProvider<JdbcAggregateOperations> aggregates;

    JdbcAggregateAuditListener(
            AuditTrail trail,
            RelationalMappingContext mappingContext,
            ObjectProvider<JdbcAggregateOperations> aggregates) {
        this.trail = trail;
        this.mappingContext = mappingContext;
        this.aggregates = aggregates;
    }

    @Override
    public void onApplicationEvent(AbstractRelationalEvent<?> event) {
        switch (event) {
            case BeforeSaveEvent<?> e -> rememberBefore(e.getEntity());
            case AfterSaveEvent<?> e -> recordSave(e.getEntity());
            case BeforeDeleteEvent<?> e -> rememberDeleted(e.getType(), e.getId());
            case AfterDeleteEvent<?> e -> recordDelete(e.getType(), e.getId());
            default -> {}
        }
    }

    private void rememberBefore(Object entity) {
        RelationalPersistentEntity<?> meta = mappingContext.getRequiredPersistentEntity(entity.getClass());
        if (meta.isNew(entity)) {
            return;
        }
        Object id = meta.getIdentifierAccessor(entity).getIdentifier();
        if (id != null) {
            Object stored = aggregates.getObject().findById(id, entity.getClass());
            if (stored != null) {
                BEFORE.get().put(entity, stored);
            }
        }
    }

    private void recordSave(Object entity) {
        RelationalPersistentEntity<?> meta = mappingContext.getRequiredPersistentEntity(entity.getClass());
        Object id = meta.getIdentifierAccessor(entity).getIdentifier();
        Object before = BEFORE.get().remove(entity);
        trail.record(
                before == null ? AuditAction.BUAT : AuditAction.UBAH,
                AuditTrail.typeName(entity.getClass()),
                id,
                kodeDesa(entity),
                before,
                entity);
    }

    private void rememberDeleted(Class<?> type, Object id) {
        if (id != null) {
            Object stored = aggregates.getObject().findById(id, type);
            if (stored != null) {
                DELETED.get().put(type.getName() + "#" + id, stored);
            }
        }
    }

    private void recordDelete(Class<?> type, Object id) {
        Object before = DELETED.get().remove(type.getName() + "#" + id);
        trail.record(
                AuditAction.HAPUS,
                AuditTrail.typeName(type),
                id,
                before == null ? null : kodeDesa(before),
                before,
                null);
    }

    private static String kodeDesa(Object entity) {
        return entity instanceof Audited a ? a.auditKodeDesa() : null;
    }
}
