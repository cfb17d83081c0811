package cn.heatdesk.web.security;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Shows the login form; Spring Security itself handles POST /login. */
@Controller
class LoginController {

    @GetMapping(SecurityConfiguration.LOGIN_PAGE)
    String login(Principal principal) {
        // Anonymous visitors have no principal here; someone already signed in goes straight in.
        return principal == null ? "login" : "redirect:/";
    }
}
