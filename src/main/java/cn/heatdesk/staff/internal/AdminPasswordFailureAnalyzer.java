package cn.heatdesk.staff.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a too-short administrator password into Spring Boot's "APPLICATION FAILED TO START" report. */
class AdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<AdminPasswordTooShortException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdminPasswordTooShortException cause) {
        return new FailureAnalysis(
                "HeatDesk refuses to start: the administrator password given in HEATDESK_ADMIN_PASSWORD "
                        + "(property heatdesk.admin.password) has " + cause.length() + " characters, fewer than the "
                        + cause.minimumLength() + " required.",
                "Set HEATDESK_ADMIN_PASSWORD to a password of at least " + cause.minimumLength()
                        + " characters, or unset it if an administrator account already exists.",
                cause);
    }
}
