package cn.heatdesk.policy.internal.web;

import java.util.function.Supplier;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.policy.domain.NoPolicyInForceException;

/**
 * What one calculator card shows: the engine's answer, or an error a person can act on (R-SYS-4) —
 * never a stack trace. A date no policy covers is an answer in itself (R-BOUND-4), shown with the
 * nearest version the engine names.
 */
record CardResult<T>(T value, CardError error) {

    static <T> CardResult<T> of(BindingResult binding, Supplier<T> question) {
        FieldError badFormat = binding.getFieldError();
        if (badFormat != null) {
            return new CardResult<>(null, CardError.badFormat(badFormat.getField()));
        }
        try {
            return new CardResult<>(question.get(), null);
        }
        catch (InvalidInputException e) {
            return new CardResult<>(null, CardError.of(e));
        }
        catch (NoPolicyInForceException e) {
            return new CardResult<>(null, CardError.noPolicy(e));
        }
    }

    public boolean failed() {
        return error != null;
    }

    /** For marking the input the error is about. */
    public boolean isAbout(String field) {
        return error != null && field.equals(error.field());
    }
}
