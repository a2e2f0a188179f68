package id.pandudesa.platform.notifikasi;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The HTTP gateways for SMS and WhatsApp, each present once its URL is configured. */
@Configuration(proxyBeanMethods = false)
class NotifikasiConfig {

    @Bean
    @ConditionalOnProperty("pandu.notifikasi.webhook.sms-url")
    MessageGateway smsGerbang(
            @Value("${pandu.notifikasi.webhook.sms-url}") String url,
            @Value("${pandu.notifikasi.webhook.token:}") String token) {
        return new WebhookGerbang(SaluranPesan.SMS, url, token);
    }

    @Bean
    @ConditionalOnProperty("pandu.notifikasi.webhook.whatsapp-url")
    MessageGateway whatsappGerbang(
            @Value("${pandu.notifikasi.webhook.whatsapp-url}") String url,
            @Value("${pandu.notifikasi.webhook.token:}") String token) {
        return new WebhookGerbang(SaluranPesan.WHATSAPP, url, token);
    }
}
