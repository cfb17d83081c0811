package cn.heatdesk.appointments.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.heatdesk.common.ConflictException;
import cn.heatdesk.common.InvalidInputException;

/** The appointment rules R-APPT-1..5 as plain Java with a fixed clock. */
class AppointmentTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 12, 1, 9, 15, 0, 0, ZONE).toInstant(), ZONE);
    static final Instant NOW = Instant.now(CLOCK);

    static Instant at(int day, int hour) {
        return ZonedDateTime.of(2026, 12, day, hour, 0, 0, 0, ZONE).toInstant();
    }

    static Appointment requested() {
        return Appointment.request(1, 10, null, 5, "butler-1", "花园小区12号楼2单元301", "暖气不热", "agent", NOW);
    }

    static Appointment agreed() {
        return requested().agree(VisitSlot.of("butler-1", at(1, 14), ZONE), null, null, "butler-1", NOW, ZONE);
    }

    @Nested
    class RAppt1 {
        @Test
        void rAppt1_requestIsAcceptedAtOnceWithTheAreasButler() {
            Appointment a = requested();
            assertThat(a.status()).isEqualTo(AppointmentStatus.REQUESTED);
            assertThat(a.butler()).isEqualTo("butler-1");
            assertThat(a.requestedAt()).isEqualTo(NOW);
        }

        @Test
        void rAppt1_anAreaWithoutButlerCannotTakeRequests() {
            assertThatThrownBy(() -> Appointment.request(1, 10, null, 5, " ", "x", "y", "agent", NOW))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("管家");
        }

        @Test
        void rAppt1_theButlerAgreesATimeAndPlace() {
            Appointment a = requested().agree(VisitSlot.of("butler-1", at(2, 10), ZONE), "单位门口", null, "butler-1",
                    NOW, ZONE);
            assertThat(a.status()).isEqualTo(AppointmentStatus.AGREED);
            assertThat(a.start()).isEqualTo(at(2, 10));
            assertThat(a.place()).isEqualTo("单位门口");
        }

        @Test
        void rAppt1_slotsStartOnTheHourAndInTheFuture() {
            assertThatThrownBy(() -> VisitSlot.of("b", at(2, 10).plusSeconds(1800), ZONE))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("整点");
            assertThatThrownBy(() -> requested().agree(VisitSlot.of("butler-1", at(1, 9), ZONE), null, null, "b",
                    NOW, ZONE)).isInstanceOf(InvalidInputException.class).hasMessageContaining("晚于现在");
        }
    }

    @Nested
    class RAppt2 {
        @Test
        void rAppt2_arrivalOnTimeIsNotLate() {
            Appointment a = agreed().checkIn(at(1, 14).minusSeconds(60));
            assertThat(a.status()).isEqualTo(AppointmentStatus.CHECKED_IN);
            assertThat(a.late()).isFalse();
        }

        @Test
        void rAppt2_arrivalAfterTheAgreedTimeIsFlaggedLate() {
            Appointment a = agreed().checkIn(at(1, 14).plusSeconds(61));
            assertThat(a.late()).isTrue();
            assertThat(a.checkedInAt()).isEqualTo(at(1, 14).plusSeconds(61));
        }

        @Test
        void rAppt2_aRequestWithoutAgreedTimeCannotBeCheckedIn() {
            assertThatThrownBy(() -> requested().checkIn(NOW)).isInstanceOf(ConflictException.class);
        }
    }

    @Nested
    class RAppt3 {
        @Test
        void rAppt3_oneChangeWithConsentIsRecorded() {
            Appointment a = agreed().change(VisitSlot.of("butler-1", at(2, 15), ZONE), null, "电话中同意", null,
                    at(1, 13), "policy", "butler-1", NOW, ZONE);
            assertThat(a.start()).isEqualTo(at(2, 15));
            assertThat(a.change().fromStart()).isEqualTo(at(1, 14));
            assertThat(a.change().consent().how()).isEqualTo("电话中同意");
        }

        @Test
        void rAppt3_aChangeWithoutConsentIsRefused() {
            assertThatThrownBy(() -> agreed().change(VisitSlot.of("butler-1", at(2, 15), ZONE), null, " ", null,
                    at(1, 13), "policy", "butler-1", NOW, ZONE))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("同意");
        }

        @Test
        void rAppt3_secondChangeIsRefused() {
            Appointment once = agreed().change(null, "小区物业办公室", "当面同意", null, at(1, 13), "policy",
                    "butler-1", NOW, ZONE);
            assertThatThrownBy(() -> once.change(VisitSlot.of("butler-1", at(3, 9), ZONE), null, "电话同意", null,
                    at(2, 13), "policy", "butler-1", NOW, ZONE))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("只能更改一次");
        }
    }

    @Nested
    class RAppt4 {
        @Test
        void rAppt4_noticeBeforeTheDeadlineIsNoBreach() {
            Appointment a = agreed().change(VisitSlot.of("butler-1", at(2, 15), ZONE), null, "同意", null,
                    at(1, 13), "policy", "b", NOW, ZONE);
            assertThat(a.noticeBreached()).isFalse();
            assertThat(a.change().noticeDue()).isEqualTo(at(1, 13));
        }

        @Test
        void rAppt4_aLateNoticeIsRecordedAsABreach() {
            Instant due = NOW.minus(Duration.ofMinutes(1));
            Appointment a = agreed().change(VisitSlot.of("butler-1", at(2, 15), ZONE), null, "同意", null, due,
                    "policy", "b", NOW, ZONE);
            assertThat(a.noticeBreached()).isTrue();
            assertThat(a.start()).isEqualTo(at(2, 15));
        }
    }

    @Nested
    class RAppt5 {
        @Test
        void rAppt5_aNightSlotWithoutConsentIsRefused() {
            assertThatThrownBy(() -> requested().agree(VisitSlot.of("butler-1", at(1, 20), ZONE), null, null, "b",
                    NOW, ZONE)).isInstanceOf(InvalidInputException.class).hasMessageContaining("夜间");
            assertThatThrownBy(() -> requested().agree(VisitSlot.of("butler-1", at(2, 7), ZONE), null, "", "b",
                    NOW, ZONE)).isInstanceOf(InvalidInputException.class);
        }

        @Test
        void rAppt5_aNightSlotWithRecordedConsentIsBooked() {
            Appointment a = requested().agree(VisitSlot.of("butler-1", at(1, 20), ZONE), null, "用户下班晚，主动要求",
                    "butler-1", NOW, ZONE);
            assertThat(a.nightConsent().how()).isEqualTo("用户下班晚，主动要求");
        }

        @Test
        void rAppt5_theWindowIsTwentyToEight() {
            assertThat(VisitSlot.of("b", at(2, 8), ZONE).atNight(ZONE)).isFalse();
            assertThat(VisitSlot.of("b", at(2, 19), ZONE).atNight(ZONE)).isFalse();
            assertThat(VisitSlot.of("b", at(2, 20), ZONE).atNight(ZONE)).isTrue();
            assertThat(VisitSlot.of("b", at(2, 7), ZONE).atNight(ZONE)).isTrue();
            assertThat(VisitSlot.of("b", at(2, 0), ZONE).atNight(ZONE)).isTrue();
        }
    }
}
