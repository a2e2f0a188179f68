package id.pandudesa.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.ui.Model;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/**
 * Gives a page handler its {@link PageAction}: the request's model, its response and the redirect
 * attributes (set as the redirect model, exactly as Spring MVC does for a {@code
 * RedirectAttributes} parameter, so the success message survives the redirect as a flash).
 */
class PageActionArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return PageAction.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mav,
            NativeWebRequest request,
            WebDataBinderFactory binders)
            throws Exception {
        if (mav == null) {
            throw new IllegalStateException("PageAction is for page handlers");
        }
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap(
                binders == null ? null : binders.createBinder(request, null, "pageAction"));
        mav.setRedirectModel(redirect);
        Model model = (Model) mav.getDefaultModel();
        return new PageAction(model, request.getNativeResponse(HttpServletResponse.class), redirect);
    }
}
