package id.pandudesa.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages while the database is away (restarted, failed over, out of connections): a 503 page that
 * says nothing was stored and to reload shortly, with Retry-After — not the generic "something
 * went wrong" of a 500. The API's own handler answers its calls as Problem Details.
 */
@ControllerAdvice(annotations = Controller.class)
class DatabaseUnavailablePageHandler {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailablePageHandler.class);

    @ExceptionHandler({
        org.springframework.dao.DataAccessResourceFailureException.class,
        org.springframework.dao.TransientDataAccessResourceException.class,
        org.springframework.transaction.CannotCreateTransactionException.class,
        org.springframework.transaction.TransactionSystemException.class
    })
    ModelAndView databaseUnavailable(Exception e, HttpServletRequest request, HttpServletResponse response) {
        log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        response.setHeader("Retry-After", "5");
        ModelAndView page = new ModelAndView("error/503");
        page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("currentPath", request.getRequestURI());
        page.addObject("currentUri", request.getRequestURI());
        return page;
    }
}
