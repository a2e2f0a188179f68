package id.pandudesa.platform.notifikasi;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** E-mail through the configured SMTP server ({@code spring.mail.host}); inactive without one. */
@Component
class EmailGateway implements MessageGateway {

    private final ObjectProvider<JavaMailSender> mail;
    private final String pengirim;

    EmailGateway(
            ObjectProvider<JavaMailSender> mail,
            @Value("${pandu.notifikasi.email-pengirim:pandu-desa@localhost}") String pengirim) {
        this.mail = mail;
        this.pengirim = pengirim;
    }

    @Override
    public SaluranPesan saluran() {
        return SaluranPesan.EMAIL;
    }

    @Override
    public boolean aktif() {
        return mail.getIfAvailable() != null;
    }

    @Override
    public void kirim(String tujuan, String subjek, String isi) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(pengirim);
        message.setTo(tujuan);
        message.setSubject(subjek);
        message.setText(isi);
        mail.getObject().send(message);
    }
}
