package cn.heatdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.heatdesk.support.H2Test;
import cn.heatdesk.support.StatementCounter;
import cn.heatdesk.support.StatementCounter.Counted;
import cn.heatdesk.workorders.WorkOrderTestConfig;

/**
 * A clerk's list of notices costs a fixed number of statements, however many notices it has: labels, earlier
 * numbers, sheet lines and follow-ups are each read once per list, each item version once. The same context as
 * {@code AppointmentListStatementsTest} (H2, counting data source).
 */
@SpringBootTest
@H2Test
@Import({ WorkOrderTestConfig.class, StatementCounter.class })
class NoticeListStatementsTest {

    static final int MOST_STATEMENTS_PER_LIST = 10;

    @Autowired
    OneTimeNotifications notifications;
    @Autowired
    StatementCounter statements;
    @Autowired
    JdbcClient jdbc;

    NotificationFixtures f;
    List<Notice> followUps;

    /** 20 suspension notices with only the first material brought, 5 of them followed up with the rest. */
    @BeforeEach
    void twentyNoticesFiveFollowedUp() {
        f = new NotificationFixtures(jdbc);
        String first = notifications.item("SUSPENSION").materials().get(0);
        List<Notice> issued = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            issued.add(notifications.issue(new NewNotice("SUSPENSION", f.household, null, Channel.COUNTER,
                    List.of(first)), f.clerk));
        }
        followUps = issued.subList(0, 5).stream().map(n -> notifications.followUp(n.number(),
                new FollowUp(n.sheet().outstanding().stream().map(l -> l.material()).toList(), Map.of(), Map.of(),
                        Channel.COUNTER), f.clerk)).toList();
    }

    @Test
    @DisplayName("R-NOTIFY-3 lists: the clerk's 25 notices cost a fixed number of statements, each complete")
    void theClerksListOfTwentyFive() {
        Counted<List<Notice>> list = statements.count(() -> notifications.issuedBy(f.clerk, 100));

        assertThat(list.result()).hasSize(25);
        assertThat(list.count()).as("statements: %s", list.statements()).isLessThanOrEqualTo(MOST_STATEMENTS_PER_LIST);
        assertThat(list.result()).filteredOn(n -> n.followUpOf() != null).hasSize(5)
                .allSatisfy(n -> assertThat(n.sheet().followUp()).isTrue());
        assertThat(list.result()).filteredOn(n -> !n.followUps().isEmpty()).hasSize(5)
                .allSatisfy(n -> assertThat(n.sheet().lines()).isNotEmpty());
        assertThat(followUps).allSatisfy(n -> assertThat(list.result()).anySatisfy(
                listed -> assertThat(listed.followUps()).contains(n.number())));
    }
}
