package cn.heatdesk.fieldservice.temperature.domain;

/** What a measurement does to the household's work orders (R-TEMP-5, R-TEMP-6). */
public enum OrderFollowUp {
    /** Nothing to follow up: the home is warm, exempt, outside the standard, or not owed it. */
    NONE,
    /** R-TEMP-5: a cold home owed the standard with no open complaint: a TEMPERATURE_COMPLAINT order is opened. */
    OPEN,
    /** R-TEMP-5/6: the household's open temperature complaint is linked; the measurement meets its 24-hour test. */
    LINK
}
