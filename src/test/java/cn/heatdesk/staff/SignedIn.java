package cn.heatdesk.staff;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** MockMvc requests of a signed-in staff member, for the page and API tests of every module. */
public final class SignedIn {

    private SignedIn() {
    }

    /** The request as {@code member} makes it once signed in; the password plays no part. */
    public static RequestPostProcessor as(StaffMember member) {
        return user(new StaffPrincipal(member, "n/a", true));
    }
}
