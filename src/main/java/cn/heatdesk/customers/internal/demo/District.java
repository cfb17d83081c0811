package cn.heatdesk.customers.internal.demo;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.heatdesk.customers.HeatingStatus;
import cn.heatdesk.policy.domain.CustomerKind;

/**
 * The rows of a generated district, numbered from 1 within each table in the order they are made; a
 * writer turns those numbers into database ids. Parents always come before their children.
 */
final class District {

    private District() {
    }

    record Branch(int no, String code, String name) {
    }

    record Area(int no, int branchNo, String code, String name, String butlerNumber, String butlerName,
                String butlerUsername) {
    }

    record Community(int no, int areaNo, String name, String address) {
    }

    /** R-RATE-5: {@code openingDate} is the whole building's opening, when it opened as a whole. */
    record Building(int no, int communityNo, String name, String useType, int builtYear, boolean envelopeCompliant,
                    boolean article22ConditionsMet, LocalDate openingDate) {
    }

    record Unit(int no, int buildingNo, String name) {
    }

    /** A household ({@code unitNo} set) or an institution (valve well set), with its status this season. */
    record Customer(int no, CustomerKind kind, String accountNumber, int areaNo, Integer unitNo, String room,
                    String institutionName, String valveWell, String ownerName, String phone, String phone2,
                    String idNumber, String address, BigDecimal heatedAreaM2, LocalDate contractDate,
                    boolean agreementSigned, BigDecimal agreedCelsius, HeatingStatus status) {

        String phoneLast4() {
            return phone == null ? null : phone.substring(phone.length() - 4);
        }
    }

    /** Receives the rows as they are generated. */
    interface Sink {

        void branch(Branch branch);

        void area(Area area);

        void community(Community community);

        void building(Building building);

        void unit(Unit unit);

        void customer(Customer customer);
    }
}
