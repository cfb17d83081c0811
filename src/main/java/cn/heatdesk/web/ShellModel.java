package cn.heatdesk.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.heatdesk.staff.StaffPrincipal;

/**
 * Gives every page the signed-in staff member and the navigation for their role; the layout in
 * {@code templates/fragments/layout.html} renders both.
 * <p>
 * Added after the handler and only when a view is rendered, not as a {@code @ModelAttribute} of a controller
 * advice: that ran for every request, the JSON API and the 12345 intake included, which never render a page (it
 * showed in the intake profile, docs/benchmarks.md).
 */
@Configuration(proxyBeanMethods = false)
class ShellModel implements WebMvcConfigurer {

    private static final String ROLE_PREFIX = "ROLE_";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                                   ModelAndView page) {
                if (page != null && rendersAPage(page)) {
                    addShell(request.getUserPrincipal(), page.getModelMap());
                }
            }
        });
    }

    private static boolean rendersAPage(ModelAndView page) {
        String name = page.getViewName();
        return name != null ? !name.startsWith("redirect:") && !name.startsWith("forward:")
                : page.getView() != null && !(page.getView() instanceof RedirectView);
    }

    /** Also for views made outside a handler's model, such as {@link PageErrorAdvice}'s error pages. */
    static void addShell(Principal principal, Map<String, Object> model) {
        if (!(principal instanceof Authentication authentication)
                || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            return;
        }
        CurrentStaff staff = new CurrentStaff(authentication.getName(), displayName(authentication),
                roles(authentication));
        model.put("currentStaff", staff);
        model.put("navigation", Navigation.itemsFor(staff));
        model.put("customerSearch", Navigation.seesCustomers(staff));
    }

    /** Staff accounts carry a display name (张伟); other principals (tests, tools) show their username. */
    private static String displayName(Authentication authentication) {
        return authentication.getPrincipal() instanceof StaffPrincipal staff && staff.getDisplayName() != null
                ? staff.getDisplayName() : authentication.getName();
    }

    private static List<String> roles(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .toList();
    }
}
