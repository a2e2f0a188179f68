package id.pandudesa.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.servlet.FlashMap;

/** A background copy for offline use leaves the one-time message for the page opened next. */
class PanduFlashMapManagerTest {

    @Test
    void a_background_copy_does_not_take_the_message_the_next_page_shows() {
        PanduFlashMapManager manager = new PanduFlashMapManager();
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/pelaksanaan/proyek/1/laporan");
        post.setSession(session);
        FlashMap flash = new FlashMap();
        flash.put("pesan", "pelaksanaan.pesan.laporanTercatat");
        flash.setTargetRequestPath("/pelaksanaan/proyek/1");
        manager.saveOutputFlashMap(flash, post, new MockHttpServletResponse());

        MockHttpServletRequest copy = new MockHttpServletRequest("GET", "/pelaksanaan/proyek/1");
        copy.setSession(session);
        copy.addHeader(PanduFlashMapManager.SIMPAN_LURING, "1");
        FlashMap taken = manager.retrieveAndUpdate(copy, new MockHttpServletResponse());
        assertThat(taken == null).as("nothing taken").isTrue();

        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/pelaksanaan/proyek/1");
        page.setSession(session);
        FlashMap shown = manager.retrieveAndUpdate(page, new MockHttpServletResponse());
        assertThat(shown.get("pesan")).isEqualTo("pelaksanaan.pesan.laporanTercatat");
    }
}
