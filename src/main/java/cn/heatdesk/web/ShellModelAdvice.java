package cn.heatdesk.web;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import cn.heatdesk.staff.StaffPrincipal;

/**
 * Gives every page the signed-in staff member and the navigation for their role; the layout in
 * {@code templates/fragments/layout.html} renders both.
 */
@ControllerAdvice
class ShellModelAdvice {

    private static final String ROLE_PREFIX = "ROLE_";

    @ModelAttribute
    void shell(Principal principal, Model model) {
        addShell(principal, model.asMap());
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
