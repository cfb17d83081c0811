package cn.heatdesk.fieldservice.inspections.domain;

/** The answer of a guarded step: allowed, or refused with a reason a butler can read. */
public sealed interface Decision permits Decision.Allowed, Decision.Rejected {

    Allowed ALLOWED = new Allowed();

    static Decision allowed() {
        return ALLOWED;
    }

    static Decision rejected(String code, String reason) {
        return new Rejected(code, reason);
    }

    default boolean isAllowed() {
        return this instanceof Allowed;
    }

    record Allowed() implements Decision {
    }

    record Rejected(String code, String reason) implements Decision {
    }
}
