package cn.heatdesk.fieldservice;

import java.math.BigDecimal;
import java.time.Instant;

/** R-TEMP-3: a recorded outdoor temperature (entered or imported from CSV), matched to measurements within ±1 h. */
public record OutdoorTemperature(long id, Instant measuredAt, BigDecimal celsius, OutdoorSource source,
                                 String enteredBy, Instant enteredAt) {

    /** Where an outdoor temperature came from. */
    public enum OutdoorSource {
        /** Typed on the measurement form for this measurement only. */
        MEASUREMENT_FORM,
        /** Entered on the outdoor temperature page. */
        ENTERED,
        /** Imported from a CSV file. */
        IMPORTED
    }
}
