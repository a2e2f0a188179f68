package id.pandudesa.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the page layout needs on every page: the current path and query, for the language switch. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

    @ModelAttribute("currentUri")
    String currentUri(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return request.getRequestURI();
        }
        String kept = java.util.Arrays.stream(query.split("&"))
                .filter(p -> !p.startsWith("bahasa="))
                .collect(java.util.stream.Collectors.joining("&"));
        return kept.isEmpty() ? request.getRequestURI() : request.getRequestURI() + "?" + kept;
    }
}
