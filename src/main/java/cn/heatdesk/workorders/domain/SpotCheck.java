package cn.heatdesk.workorders.domain;

import java.time.Instant;

/** R-SUP-2: a complaint chosen for the market customer service department's second callback, and its result. */
public record SpotCheck(String selectedBy, Instant selectedAt, CallbackResult result) {

    public boolean done() {
        return result != null;
    }
}
