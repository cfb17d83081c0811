package cn.heatdesk.appointments.domain;

import java.time.Instant;
import java.util.Objects;

/** A customer's consent as the butler recorded it: how it was given (e.g. 电话同意) , by whom recorded and when. */
public record Consent(String how, String recordedBy, Instant recordedAt) {

    public Consent {
        Objects.requireNonNull(how, "how");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
