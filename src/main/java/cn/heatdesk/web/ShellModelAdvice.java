package cn.heatdesk.web;

import java.security.Principal;
import java.util.List;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the signed-in staff member and the navigation for their role; the layout in
 * {@code templates/fragments/layout.html} renders both.
 */
@ControllerAdvice
class ShellModelAdvice {

    private static final String ROLE_PREFIX = "ROLE_";

    @ModelAttribute
    void shell(Principal principal, Model model) {
        if (!(principal instanceof Authentication authentication)
                || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            return;
        }
        CurrentStaff staff = new CurrentStaff(authentication.getName(), displayName(authentication),
                roles(authentication));
        model.addAttribute("currentStaff", staff);
        model.addAttribute("navigation", Navigation.itemsFor(staff));
    }

    private static String displayName(Authentication authentication) {
        return authentication.getName();
    }

    private static List<String> roles(Authentication authentication) {
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(ROLE_PREFIX))
                .map(authority -> authority.substring(ROLE_PREFIX.length()))
                .toList();
    }
}
