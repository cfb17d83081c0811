package cn.heatdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import cn.heatdesk.audit.AuditTrail;
import cn.heatdesk.common.ConflictException;
import cn.heatdesk.common.ForbiddenException;
import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.common.NotFoundException;
import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.notification.domain.BusinessItem;
import cn.heatdesk.notification.domain.ItemField;
import cn.heatdesk.notification.domain.LineKind;
import cn.heatdesk.notification.domain.NoticeLine;

/**
 * One-time notification on a real database, run on H2 and PostgreSQL (R-NOTIFY-1..6, R-SUSPEND-1). Nothing rolls
 * back: each test builds its own district and its own items with unique names.
 */
@SpringBootTest
@RecordApplicationEvents
abstract class OneTimeNotificationsContract {

    @Autowired
    OneTimeNotifications notifications;
    @Autowired
    CustomerFiles customers;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    NotificationFixtures f;

    @BeforeEach
    void district() {
        f = new NotificationFixtures(jdbc);
    }

    @Test
    void rNotify1_theSeedCatalogHasTheSixItemsWithSampleTextMarked() {
        List<BusinessItem> catalog = notifications.catalog();

        assertThat(catalog).extracting(BusinessItem::code).contains("ACTIVATION", "SUSPENSION", "RESUMPTION", "REFUND",
                "TRANSFER", "PAID_REPAIR");
        BusinessItem suspension = notifications.item("SUSPENSION");
        assertThat(suspension.materials()).hasSize(4);
        assertThat(suspension.basis()).contains("山东省供热条例");
        assertThat(suspension.isSample(ItemField.MATERIALS)).isTrue();
        assertThat(suspension.isSample(ItemField.BASIS)).isFalse();
        assertThat(notifications.item("TRANSFER").referrals()).extracting(r -> r.body()).contains("不动产登记中心");
    }

    @Test
    void rNotify3_aFirstNoticeListsAllMissingMaterialsAndIsOnTheTimelineAndAudited() {
        BusinessItem suspension = notifications.item("SUSPENSION");
        Notice notice = notifications.issue(new NewNotice("SUSPENSION", f.household, null, Channel.COUNTER,
                List.of(suspension.materials().get(0))), f.clerk);

        assertThat(notice.number()).matches("GZ\\d{8}\\d{4,}");
        assertThat(notice.sheet().outstanding()).extracting(NoticeLine::material)
                .containsExactlyElementsOf(suspension.materials().subList(1, 4));
        assertThat(notice.customerLabel()).contains(f.account);
        assertThat(notice.suspensionNote()).contains("报停申请截止日期");
        assertThat(notice.issuedByName()).isEqualTo("赵敏");
        assertThat(customers.file(f.household, f.clerk).timeline())
                .anySatisfy(e -> assertThat(e.summary()).contains(notice.number(), "尚缺 3 项"));
        assertThat(audit.forEntity("NOTIFICATION_NOTICE", notice.number()))
                .singleElement().satisfies(r -> assertThat(r.action()).isEqualTo("NOTICE_ISSUED"));
        assertThat(notifications.notice(notice.number(), f.butler).number()).isEqualTo(notice.number());
    }

    @Test
    void theClerksListNamesEachCustomerByAccountNumberAndAddress() {
        Notice counter = notifications.issue(new NewNotice("SUSPENSION", f.household, null, Channel.COUNTER, List.of()),
                f.clerk);
        Notice phone = notifications.issue(new NewNotice("REFUND", null, "刘先生", Channel.PHONE, List.of()), f.clerk);

        assertThat(notifications.issuedBy(f.clerk, 10))
                .extracting(Notice::number, Notice::customerLabel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(phone.number(), null),
                        org.assertj.core.groups.Tuple.tuple(counter.number(),
                                f.account + " 花园" + f.tag + "12号楼2单元301"));
        assertThat(notifications.customerNotices(f.household, f.clerk)).extracting(Notice::customerLabel)
                .containsExactly(f.account + " 花园" + f.tag + "12号楼2单元301");
    }

    @Test
    void rSys2_aNoticeAboutACustomerOutsideTheViewersAreaIsNotFound() {
        Notice notice = notifications.issue(new NewNotice("SUSPENSION", f.household, null, Channel.COUNTER, List.of()),
                f.clerk);

        assertThatThrownBy(() -> notifications.notice(notice.number(), f.otherButler))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void rNotify2_aPhoneEnquiryWithoutACustomerFileNeedsTheCallersName() {
        assertThatThrownBy(() -> notifications.issue(new NewNotice("REFUND", null, null, Channel.PHONE, List.of()),
                f.agent)).isInstanceOf(InvalidInputException.class).hasMessageContaining("姓名");

        Notice notice = notifications.issue(new NewNotice("REFUND", null, "刘先生", Channel.PHONE, List.of()), f.agent);
        assertThat(notice.customerId()).isNull();
        assertThat(notice.sheet().outstanding()).hasSize(3);
    }

    @Test
    void rNotify4_aFollowUpAfterChangedRequirementsListsOnlyTheNewItemsWithTheReason() {
        String code = "T" + f.tag;
        notifications.addVersion(f.item(code, List.of("身份证", "房产证", "缴费凭证"), null), f.admin);
        Notice first = notifications.issue(new NewNotice(code, f.household, null, Channel.COUNTER, List.of("身份证")),
                f.clerk);
        BusinessItem v2 = notifications.addVersion(f.item(code, List.of("身份证", "房产证", "缴费凭证", "申请表"),
                "增加申请表"), f.admin);

        Notice followUp = notifications.followUp(first.number(),
                new FollowUp(List.of("房产证"), Map.of(), Map.of(), Channel.COUNTER), f.clerk);

        assertThat(v2.version()).isEqualTo(2);
        assertThat(followUp.followUpOf()).isEqualTo(first.number());
        assertThat(followUp.item().version()).isEqualTo(2);
        assertThat(followUp.sheet().newItems()).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(LineKind.NEW_REQUIREMENT);
            assertThat(line.material()).isEqualTo("申请表");
            assertThat(line.reason()).contains("增加申请表");
        });
        assertThat(followUp.sheet().stillMissing()).extracting(NoticeLine::material).containsExactly("缴费凭证");
        // The first notice still reads as it was given: version 1, three materials.
        Notice reread = notifications.notice(first.number(), f.clerk);
        assertThat(reread.item().version()).isEqualTo(1);
        assertThat(reread.followUps()).containsExactly(followUp.number());
        assertThatThrownBy(() -> notifications.followUp(first.number(),
                new FollowUp(List.of("缴费凭证"), Map.of(), Map.of(), null), f.clerk))
                .isInstanceOf(ConflictException.class).hasMessageContaining(followUp.number());
    }

    @Test
    void rNotify1_onlyAdministratorsChangeTheCatalogAndANewVersionSaysWhatChanged() {
        String code = "T" + f.tag;
        assertThatThrownBy(() -> notifications.addVersion(f.item(code, List.of("身份证"), null), f.clerk))
                .isInstanceOf(ForbiddenException.class);
        notifications.addVersion(f.item(code, List.of("身份证"), null), f.admin);
        assertThatThrownBy(() -> notifications.addVersion(f.item(code, List.of("身份证", "户口本"), null), f.admin))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("改了什么");
        assertThat(audit.forEntity("NOTIFICATION_ITEM", code)).hasSize(1);
    }

    @Test
    void rNotify6_aConfirmedComplaintPublishesTheEventForTheAssessment() {
        Notice notice = notifications.issue(new NewNotice("TRANSFER", f.household, null, Channel.COUNTER, List.of()),
                f.clerk);
        Complaint complaint = notifications.recordComplaint(new NewComplaint(notice.number(), null, null, null,
                "东分公司营业厅", "第二次来才告诉我还要结清证明"), f.agent);

        assertThat(complaint.status()).isEqualTo(ComplaintStatus.OPEN);
        assertThat(complaint.staffUsername()).isEqualTo(f.clerk.username());
        assertThatThrownBy(() -> notifications.confirmComplaint(complaint.id(), "属实", f.agent))
                .isInstanceOf(ForbiddenException.class);

        Complaint confirmed = notifications.confirmComplaint(complaint.id(), "经查属实，未告知结清证明", f.supervisor);

        assertThat(confirmed.status()).isEqualTo(ComplaintStatus.CONFIRMED);
        assertThat(events.stream(NonNotificationConfirmed.class)).singleElement().satisfies(e -> {
            assertThat(e.complaintId()).isEqualTo(complaint.id());
            assertThat(e.customerId()).isEqualTo(f.household);
            assertThat(e.noticeNumber()).isEqualTo(notice.number());
            assertThat(e.itemCode()).isEqualTo("TRANSFER");
            assertThat(e.staffUsername()).isEqualTo(f.clerk.username());
            assertThat(e.unit()).isEqualTo("东分公司营业厅");
            assertThat(e.confirmedBy()).isEqualTo(f.supervisor.username());
            assertThat(e.confirmedAt()).isNotNull();
            assertThat(e.basis()).contains("经查属实", "一次性告知");
        });
        assertThatThrownBy(() -> notifications.rejectComplaint(complaint.id(), "不属实", f.supervisor))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void rNotify6_aRejectedComplaintPublishesNothing() {
        Complaint complaint = notifications.recordComplaint(new NewComplaint(null, f.household, "REFUND",
                f.clerk.username(), "东分公司营业厅", "没告诉我要带银行卡"), f.agent);

        notifications.rejectComplaint(complaint.id(), "告知书上已列明", f.supervisor);

        assertThat(events.stream(NonNotificationConfirmed.class)).isEmpty();
        assertThat(notifications.complaints(ComplaintStatus.REJECTED, 50)).extracting(Complaint::id)
                .contains(complaint.id());
    }
}
