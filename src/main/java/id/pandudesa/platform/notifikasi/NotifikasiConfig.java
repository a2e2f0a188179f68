package id.pandudesa.platform.notifikasi;

import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The built-in gateways: e-mail through the SMTP server of {@code spring.mail.*}, SMS and WhatsApp
 * through an HTTP gateway ({@code pandu.notifikasi.webhook.*}). Each is active once its server is
 * configured. Whether it is configured is read when the app starts, not by a condition on the
 * beans, so the ahead-of-time processed build keeps these the operator's settings.
 */
@Configuration(proxyBeanMethods = false)
class NotifikasiConfig {

    @Bean
    EmailGateway emailGateway(
            ObjectProvider<JavaMailSender> mail,
            Environment env,
            @Value("${pandu.notifikasi.email-pengirim:pandu-desa@localhost}") String pengirim) {
        JavaMailSender dariSetelan = smtp(env);
        return new EmailGateway(() -> mail.getIfAvailable(() -> dariSetelan), pengirim);
    }

    /** The SMTP sender of {@code spring.mail.*} (host, port, username, password, protocol, encoding, properties); null without a host. */
    static JavaMailSenderImpl smtp(Environment env) {
        MailProperties p = Binder.get(env).bindOrCreate("spring.mail", MailProperties.class);
        if (p.getHost() == null || p.getHost().isBlank()) {
            return null;
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(p.getHost());
        if (p.getPort() != null) {
            sender.setPort(p.getPort());
        }
        sender.setUsername(p.getUsername());
        sender.setPassword(p.getPassword());
        sender.setProtocol(p.getProtocol());
        if (p.getDefaultEncoding() != null) {
            sender.setDefaultEncoding(p.getDefaultEncoding().name());
        }
        Properties extra = new Properties();
        extra.putAll(p.getProperties());
        sender.setJavaMailProperties(extra);
        return sender;
    }

    @Bean
    MessageGateway smsGerbang(
            @Value("${pandu.notifikasi.webhook.sms-url:}") String url,
            @Value("${pandu.notifikasi.webhook.token:}") String token) {
        return new WebhookGerbang(SaluranPesan.SMS, url, token);
    }

    @Bean
    MessageGateway whatsappGerbang(
            @Value("${pandu.notifikasi.webhook.whatsapp-url:}") String url,
            @Value("${pandu.notifikasi.webhook.token:}") String token) {
        return new WebhookGerbang(SaluranPesan.WHATSAPP, url, token);
    }
}
