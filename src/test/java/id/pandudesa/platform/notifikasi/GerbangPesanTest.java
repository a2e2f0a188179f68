package id.pandudesa.platform.notifikasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;

/** The built-in gateways against a real SMTP conversation and a real HTTP endpoint on loopback. */
class GerbangPesanTest {

    @Test
    void an_email_goes_through_an_smtp_server_with_subject_and_text() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            List<String> received = new ArrayList<>();
            Thread smtp = Thread.ofVirtual().start(() -> percakapanSmtp(server, received));
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(server.getLocalPort());
            StaticListableBeanFactory beans = new StaticListableBeanFactory();
            beans.addBean("mail", sender);
            EmailGateway gerbang =
                    new EmailGateway(beans.getBeanProvider(JavaMailSender.class)::getIfAvailable, "posko@desa.id");
            assertThat(gerbang.aktif()).isTrue();
            gerbang.kirim("warga@contoh.id", "Pengaduan PD-AAAA-BBBB: SELESAI", "Tanggapan: sudah diperbaiki");
            smtp.join(10_000);
            String all = String.join("\n", received);
            assertThat(all).contains("RCPT TO:<warga@contoh.id>").contains("MAIL FROM:<posko@desa.id>");
            assertThat(all).contains("Subject: Pengaduan PD-AAAA-BBBB: SELESAI").contains("sudah diperbaiki");
        }
    }

    @Test
    void without_an_smtp_server_configured_email_is_inactive() {
        EmailGateway gerbang = new EmailGateway(
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class)::getIfAvailable, "posko@desa.id");
        assertThat(gerbang.aktif()).isFalse();
    }

    @Test
    void the_smtp_server_is_read_from_the_settings_when_the_app_starts() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("spring.mail.host", "smtp.desa.id")
                .withProperty("spring.mail.port", "587")
                .withProperty("spring.mail.username", "posko")
                .withProperty("spring.mail.properties.mail.smtp.starttls.enable", "true");
        JavaMailSenderImpl sender = NotifikasiConfig.smtp(env);
        assertThat(sender.getHost()).isEqualTo("smtp.desa.id");
        assertThat(sender.getPort()).isEqualTo(587);
        assertThat(sender.getUsername()).isEqualTo("posko");
        assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.starttls.enable", "true");
        assertThat(NotifikasiConfig.smtp(new MockEnvironment())).isNull();
    }

    @Test
    void a_webhook_without_a_url_is_inactive_and_gives_way_to_a_configured_gateway() {
        assertThat(new WebhookGerbang(SaluranPesan.SMS, "", null).aktif()).isFalse();
        assertThat(new WebhookGerbang(SaluranPesan.SMS, "http://127.0.0.1:9/", null).aktif())
                .isTrue();
    }

    @Test
    void an_sms_goes_to_the_gateway_as_json_with_its_token_and_a_refusal_is_an_error() throws Exception {
        AtomicReference<String> body = new AtomicReference<>();
        AtomicReference<String> auth = new AtomicReference<>();
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/sms", ex -> {
            body.set(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            auth.set(ex.getRequestHeaders().getFirst("Authorization"));
            ex.sendResponseHeaders(202, -1);
            ex.close();
        });
        http.createContext("/rusak", ex -> {
            ex.sendResponseHeaders(503, -1);
            ex.close();
        });
        http.start();
        try {
            String base = "http://127.0.0.1:" + http.getAddress().getPort();
            new WebhookGerbang(SaluranPesan.SMS, base + "/sms", "rahasia")
                    .kirim("081234567801", "Subjek", "Isi \"pesan\"");
            assertThat(body.get())
                    .isEqualTo("{\"tujuan\":\"081234567801\",\"subjek\":\"Subjek\",\"isi\":\"Isi \\\"pesan\\\"\"}");
            assertThat(auth.get()).isEqualTo("Bearer rahasia");
            assertThatThrownBy(() -> new WebhookGerbang(SaluranPesan.SMS, base + "/rusak", "").kirim("0812", "s", "i"))
                    .hasMessageContaining("503");
        } finally {
            http.stop(0);
        }
    }

    @Test
    void a_contact_with_an_at_sign_is_mailed_and_a_number_gets_a_text() {
        assertThat(SaluranPesan.untukKontak("warga@contoh.id")).isEqualTo(SaluranPesan.EMAIL);
        assertThat(SaluranPesan.untukKontak("0812 3456 7890")).isEqualTo(SaluranPesan.SMS);
    }

    /** The server side of one SMTP conversation, recording every line the client sends. */
    private static void percakapanSmtp(ServerSocket server, List<String> received) {
        try (Socket s = server.accept();
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter out = new PrintWriter(s.getOutputStream(), true, StandardCharsets.UTF_8)) {
            out.print("220 uji ESMTP\r\n");
            out.flush();
            boolean data = false;
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (received) {
                    received.add(line);
                }
                if (data) {
                    if (line.equals(".")) {
                        data = false;
                        out.print("250 OK\r\n");
                        out.flush();
                    }
                    continue;
                }
                String cmd = line.toUpperCase();
                if (cmd.startsWith("EHLO") || cmd.startsWith("HELO")) {
                    out.print("250 uji\r\n");
                } else if (cmd.startsWith("DATA")) {
                    data = true;
                    out.print("354 lanjut\r\n");
                } else if (cmd.startsWith("QUIT")) {
                    out.print("221 bye\r\n");
                    out.flush();
                    return;
                } else {
                    out.print("250 OK\r\n");
                }
                out.flush();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
