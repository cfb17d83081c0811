-- Appointments (预约) for home visits, R-APPT-1..5, and the butlers' private calendar feeds.
-- Portable SQL only: this runs on H2 (PostgreSQL mode) and on PostgreSQL.

CREATE SEQUENCE appointment_id_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE appointment (
    id                  BIGINT       PRIMARY KEY,
    customer_id         BIGINT       NOT NULL REFERENCES customer (id),
    work_order_id       BIGINT       REFERENCES work_order (id),
    area_id             BIGINT       NOT NULL REFERENCES area (id),
    butler              VARCHAR(64)  NOT NULL,
    requested_by        VARCHAR(64)  NOT NULL,
    requested_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    reason              VARCHAR(500),
    status              VARCHAR(20)  NOT NULL,
    place               VARCHAR(300),
    starts_at           TIMESTAMP WITH TIME ZONE,
    -- R-APPT-5: the customer's consent to a night slot.
    night_consent       VARCHAR(200),
    night_consent_by    VARCHAR(64),
    night_consent_at    TIMESTAMP WITH TIME ZONE,
    -- R-APPT-3/4: the one change of time or place, its consent and its notice deadline.
    changed_from_start  TIMESTAMP WITH TIME ZONE,
    changed_from_place  VARCHAR(300),
    change_consent      VARCHAR(200),
    change_by           VARCHAR(64),
    change_at           TIMESTAMP WITH TIME ZONE,
    notice_due          TIMESTAMP WITH TIME ZONE,
    notice_policy       VARCHAR(200),
    notice_late         BOOLEAN      NOT NULL DEFAULT FALSE,
    -- R-APPT-2: arrival.
    checked_in_at       TIMESTAMP WITH TIME ZONE,
    late                BOOLEAN      NOT NULL DEFAULT FALSE,
    version             INTEGER      NOT NULL
);

CREATE INDEX appointment_butler_start ON appointment (butler, starts_at);
CREATE INDEX appointment_customer ON appointment (customer_id);

-- One booking per butler and slot (one hour from a full hour): the primary key makes the second of two
-- concurrent bookings fail, whatever the application checked before.
CREATE TABLE visit_slot (
    butler          VARCHAR(64) NOT NULL,
    slot_start      TIMESTAMP WITH TIME ZONE NOT NULL,
    appointment_id  BIGINT      NOT NULL REFERENCES appointment (id),
    PRIMARY KEY (butler, slot_start)
);

-- A butler's private iCalendar link; the token is random and can be replaced (the old link stops working).
CREATE TABLE calendar_feed (
    butler      VARCHAR(64) PRIMARY KEY,
    token       VARCHAR(64) NOT NULL UNIQUE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
