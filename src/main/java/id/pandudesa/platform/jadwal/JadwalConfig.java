package id.pandudesa.platform.jadwal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on scheduled jobs (escalations, the notification outbox). Each job takes a ShedLock lock,
 * so several nodes never run it twice. Tests switch it off ({@code pandu.jadwal.aktif=false}) and
 * call the jobs with a clock of their own. A switch for the tests only: the context Spring prepares
 * when the jar is built (the production launch, {@code -Dspring.aot.enabled=true}) always schedules.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "pandu.jadwal.aktif", havingValue = "true", matchIfMissing = true)
class JadwalConfig {}
