package id.pandudesa.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * The session's one-time messages ("saved", "refused"), except for the copies the phone fetches in
 * the background to keep forms for offline use (header {@value #SIMPAN_LURING}): such a fetch must
 * neither take the message meant for the page the person opens next nor keep it in the copy.
 */
@Component("flashMapManager")
class PanduFlashMapManager extends SessionFlashMapManager {

    static final String SIMPAN_LURING = "Pandu-Simpan-Luring";

    @Override
    protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
        // None seen, so none taken: the messages stay in the session for the next real page.
        return request.getHeader(SIMPAN_LURING) != null ? null : super.retrieveFlashMaps(request);
    }
}
