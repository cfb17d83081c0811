-- Home visits (入户服务), R-HOME-1..2: the ten-step checklist, work, paid items with consent, damage with its
-- remedy, photos, and the step-10 follow-up call for someone else. Portable SQL (H2 PostgreSQL mode and PostgreSQL).

CREATE SEQUENCE home_visit_id_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE home_visit_item_id_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE home_visit (
    id              BIGINT       PRIMARY KEY,
    appointment_id  BIGINT       NOT NULL UNIQUE REFERENCES appointment (id),
    customer_id     BIGINT       NOT NULL REFERENCES customer (id),
    work_order_id   BIGINT       REFERENCES work_order (id),
    visitor         VARCHAR(64)  NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    work_done       VARCHAR(2000),
    parts           VARCHAR(1000),
    finished_at     TIMESTAMP WITH TIME ZONE,
    version         INTEGER      NOT NULL
);

CREATE TABLE home_visit_step (
    visit_id   BIGINT   NOT NULL REFERENCES home_visit (id),
    step       SMALLINT NOT NULL,
    ticked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (visit_id, step)
);

CREATE TABLE home_visit_paid_item (
    id           BIGINT        PRIMARY KEY,
    visit_id     BIGINT        NOT NULL REFERENCES home_visit (id),
    description  VARCHAR(300)  NOT NULL,
    amount       NUMERIC(12,2) NOT NULL,
    consent      VARCHAR(300)  NOT NULL,
    recorded_by  VARCHAR(64)   NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE home_visit_damage (
    id           BIGINT       PRIMARY KEY,
    visit_id     BIGINT       NOT NULL REFERENCES home_visit (id),
    description  VARCHAR(500) NOT NULL,
    remedy       VARCHAR(20)  NOT NULL,
    remedy_note  VARCHAR(500),
    recorded_by  VARCHAR(64)  NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE home_visit_photo (
    id            BIGINT       PRIMARY KEY,
    visit_id      BIGINT       NOT NULL REFERENCES home_visit (id),
    content_type  VARCHAR(20)  NOT NULL,
    size_bytes    INTEGER      NOT NULL,
    caption       VARCHAR(200),
    content       BYTEA        NOT NULL,
    uploaded_by   VARCHAR(64)  NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX home_visit_photo_visit ON home_visit_photo (visit_id);

-- R-HOME-1 step 10 (一访): a callback by someone other than the visitor.
CREATE TABLE visit_follow_up (
    id           BIGINT       PRIMARY KEY,
    visit_id     BIGINT       NOT NULL UNIQUE REFERENCES home_visit (id),
    customer_id  BIGINT       NOT NULL REFERENCES customer (id),
    area_id      BIGINT       NOT NULL REFERENCES area (id),
    visitor      VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    done_by      VARCHAR(64),
    done_at      TIMESTAMP WITH TIME ZONE,
    reached      BOOLEAN,
    satisfied    BOOLEAN,
    comment      VARCHAR(1000)
);
