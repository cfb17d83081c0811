package cn.heatdesk.policy.internal.web;

import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.policy.domain.NoPolicyInForceException;

/**
 * An error shown inside a card or beside a form field. {@code field} is the input's name (the page
 * shows its Chinese label); {@code message} is the engine's Chinese text, or null when the kind says
 * it all (a missing value, a value that is not a number or a date).
 */
record CardError(Kind kind, String field, String message) {

    enum Kind {
        /** Nothing entered where a value is needed. */
        MISSING,
        /** Not a number, a date or one of the choices. */
        BAD_FORMAT,
        /** Entered but refused by a rule, with the rule's message. */
        INVALID,
        /** R-BOUND-4: no policy version covers the date; the message names the nearest. */
        NO_POLICY,
        /** Overlaps an existing version (R-FEE-4). */
        CONFLICT
    }

    private static final String MISSING_FIELD = "MISSING_FIELD";

    static CardError of(InvalidInputException e) {
        return MISSING_FIELD.equals(e.code())
                ? new CardError(Kind.MISSING, e.field(), null)
                : new CardError(Kind.INVALID, e.field(), e.getMessage());
    }

    static CardError badFormat(String field) {
        return new CardError(Kind.BAD_FORMAT, field, null);
    }

    static CardError noPolicy(NoPolicyInForceException e) {
        return new CardError(Kind.NO_POLICY, null, e.getMessage());
    }

    static CardError conflict(String field, String message) {
        return new CardError(Kind.CONFLICT, field, message);
    }

    public String kindName() {
        return kind.name();
    }
}
