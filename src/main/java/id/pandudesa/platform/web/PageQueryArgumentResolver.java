package id.pandudesa.platform.web;

import id.pandudesa.platform.BadRequestException;
import id.pandudesa.platform.FieldProblem;
import id.pandudesa.platform.PageQuery;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Reads {@code ?halaman=&ukuran=} into a {@link PageQuery}; bad values answer 400 with a message. */
class PageQueryArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return PageQuery.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        List<FieldProblem> problems = new ArrayList<>();
        int page = parse(request.getParameter("halaman"), 0, "halaman", problems);
        int size = parse(request.getParameter("ukuran"), PageQuery.DEFAULT_SIZE, "ukuran", problems);
        if (problems.isEmpty() && page < 0) {
            problems.add(FieldProblem.of("halaman", "halaman.tidakValid"));
        }
        if (problems.isEmpty() && (size < 1 || size > PageQuery.MAX_SIZE)) {
            problems.add(FieldProblem.of("ukuran", "halaman.ukuranTidakValid", PageQuery.MAX_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new BadRequestException(problems, "permintaan.tidakValid");
        }
        return new PageQuery(page, size);
    }

    private static int parse(String value, int fallback, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field, "halaman.bukanAngka"));
            return fallback;
        }
    }
}
