package id.pandudesa.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page for a form whose body could not be read ({@link UnreadableRequestFilter} forwards here):
 * the reason, that nothing was stored, and a link back to the form the person came from.
 */
@Controller
class KirimanRusakPage {

    @RequestMapping(UnreadableRequestFilter.PAGE)
    ModelAndView show(HttpServletRequest request) {
        Object status = request.getAttribute(UnreadableRequestFilter.STATUS);
        HttpStatus code = status instanceof HttpStatus s ? s : HttpStatus.BAD_REQUEST;
        Object key = request.getAttribute(UnreadableRequestFilter.KEY);
        ModelAndView page = new ModelAndView("error/kiriman");
        page.setStatus(code);
        page.addObject("judul", "status." + code.value());
        page.addObject("pesan", key instanceof String k ? k : "permintaan.multipartRusak");
        page.addObject("kembali", kembali(request));
        String original = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
        page.addObject("currentPath", original == null ? request.getRequestURI() : original);
        page.addObject("currentUri", original == null ? request.getRequestURI() : original);
        return page;
    }

    /** The page the form was on (the Referer, only when it is this site's own path), or the home page. */
    static String kembali(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return "/";
        }
        try {
            URI uri = URI.create(referer);
            boolean sameSite = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
            String path = uri.getRawPath();
            if (!sameSite || path == null || !path.startsWith("/") || path.startsWith("//")) {
                return "/";
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
