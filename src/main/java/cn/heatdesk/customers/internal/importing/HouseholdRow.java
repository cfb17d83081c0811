package cn.heatdesk.customers.internal.importing;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.heatdesk.customers.HeatingStatus;

/**
 * A data row as {@link HouseholdRowRules} read it: a field that broke a rule is null. Whether its place
 * exists and whether it collides with other rows or the database is checked afterwards. Phones hold
 * digits only.
 */
record HouseholdRow(int row, String accountNumber, String community, String building, String unit, String room,
                    String ownerName, String phone, String phone2, String idNumber, BigDecimal heatedAreaM2,
                    LocalDate contractDate, HeatingStatus status, boolean agreementSigned,
                    BigDecimal agreedCelsius) {

    String phoneLast4() {
        return phone == null || phone.length() < 4 ? null : phone.substring(phone.length() - 4);
    }
}
