package id.pandudesa.platform.notifikasi;

import java.util.function.Supplier;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** E-mail through the configured SMTP server ({@code spring.mail.host}); inactive without one. */
class EmailGateway implements MessageGateway {

    private final Supplier<JavaMailSender> mail;
    private final String pengirim;

    /** {@code mail} answers the SMTP sender, or null while none is configured. */
    EmailGateway(Supplier<JavaMailSender> mail, String pengirim) {
        this.mail = mail;
        this.pengirim = pengirim;
    }

    @Override
    public SaluranPesan saluran() {
        return SaluranPesan.EMAIL;
    }

    @Override
    public boolean aktif() {
        return mail.get() != null;
    }

    @Override
    public void kirim(String tujuan, String subjek, String isi) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(pengirim);
        message.setTo(tujuan);
        message.setSubject(subjek);
        message.setText(isi);
        mail.get().send(message);
    }
}
