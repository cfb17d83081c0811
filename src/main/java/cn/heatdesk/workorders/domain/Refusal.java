package cn.heatdesk.workorders.domain;

/** Why a transition was refused, so that the API can answer with the right status. */
public enum Refusal {
    /** The order's state does not allow it now (409). */
    CONFLICTS_WITH_STATE,
    /** The person may not do it on this order (403). */
    NOT_PERMITTED,
    /** What was entered is incomplete or inconsistent (400). */
    INVALID_INPUT
}
