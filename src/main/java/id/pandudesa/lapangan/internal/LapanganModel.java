package id.pandudesa.lapangan.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the queue's texts (as an object whose JSON is made only when a field page's
 * queue panel asks for it), since templates may not reach beans themselves.
 */
@ControllerAdvice(annotations = Controller.class)
class LapanganModel {

    private final LapanganTeks teks;

    LapanganModel(LapanganTeks teks) {
        this.teks = teks;
    }

    @ModelAttribute("lapanganTeks")
    LapanganTeks lapanganTeks() {
        return teks;
    }
}
