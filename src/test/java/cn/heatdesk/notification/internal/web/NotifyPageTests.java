package cn.heatdesk.notification.internal.web;

import static cn.heatdesk.staff.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.customers.CustomerFixtures;
import cn.heatdesk.notification.NotificationFixtures;
import cn.heatdesk.notification.OneTimeNotifications;
import cn.heatdesk.notification.domain.BusinessItem;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.web.PageTest;

/**
 * The counter pages of one-time notification at 2026-12-01 10:00 (R-NOTIFY-1..6, R-SUSPEND-1): the sheet with every
 * missing material, the recorded notice with its print view and PDF, the follow-up, the complaints and the
 * administrators' catalog.
 */
@PageTest
@Transactional
class NotifyPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OneTimeNotifications notifications;
    @Autowired
    CustomerFiles customers;

    NotificationFixtures f;
    BusinessItem suspension;

    @BeforeEach
    void district() {
        f = new NotificationFixtures(jdbc);
        suspension = notifications.item("SUSPENSION");
    }

    private MvcResult perform(MockHttpServletRequestBuilder request, StaffMember who, ResultMatcher expected)
            throws Exception {
        return mvc.perform(request.with(as(who)).with(csrf()).accept(MediaType.TEXT_HTML)).andExpect(expected)
                .andReturn();
    }

    private String html(MockHttpServletRequestBuilder request, StaffMember who) throws Exception {
        return perform(request, who, status().isOk()).getResponse().getContentAsString();
    }

    /** Records a suspension notice for the household with only the ID card brought, and returns its number. */
    private String issueSuspensionNotice() throws Exception {
        String location = perform(post("/notify/notices").param("item", "SUSPENSION")
                .param("customer", String.valueOf(f.household)).param("channel", "COUNTER")
                .param("brought", suspension.materials().get(0)), f.clerk, status().is3xxRedirection())
                .getResponse().getRedirectedUrl();
        assertThat(location).matches("/notify/notices/GZ202612010\\d{3}");
        return location.substring("/notify/notices/".length());
    }

    @Test
    void namesAnInstitutionByItsOwnNameNotByItsContact() throws Exception {
        long school = new CustomerFixtures(jdbc).institution(f.area, "DW" + f.tag, "华光路小学" + f.tag, "刘老师",
                "华光路201号" + f.tag, "8600");

        String page = html(get("/notify").param("item", "SUSPENSION").param("customer", String.valueOf(school)), f.clerk);

        int chosen = page.indexOf("id=\"chosen-customer\"");
        assertThat(page.substring(chosen, page.indexOf("</div>", chosen))).contains("华光路小学" + f.tag)
                .doesNotContain("刘老师");
    }

    @Test
    void rNotify1_theCounterOffersTheSixItems() throws Exception {
        String page = html(get("/notify"), f.agent);

        assertThat(page).contains("id=\"item-ACTIVATION\"", "id=\"item-SUSPENSION\"", "id=\"item-RESUMPTION\"",
                "id=\"item-REFUND\"", "id=\"item-TRANSFER\"", "id=\"item-PAID_REPAIR\"", "一次性告知");
    }

    @Test
    void rSuspend1_theSuspensionSheetShowsTheClosingDateFromTheSeasonCalendarAndMarksSampleText() throws Exception {
        String page = html(get("/notify").param("item", "SUSPENSION"), f.clerk);

        // 2026-12-01 is in the 2026-2027 heating period: the next application is for 2027-2028, closing 2027-10-15.
        assertThat(page).contains("id=\"suspension-window\"", "2027-2028 供暖季报停申请截止日期：2027-10-15");
        assertThat(page).contains("id=\"sample-banner\"", "示例内容，请公司核定", "《山东省供热条例》");
        assertThat(page).contains("name=\"brought\"", suspension.materials().get(3));
    }

    @Test
    void rNotify3_theLiveCheckListsEveryMissingMaterial() throws Exception {
        String fragment = html(post("/notify/preview").param("item", "SUSPENSION")
                .param("brought", suspension.materials().get(1)).header("HX-Request", "true"), f.clerk);

        assertThat(fragment).doesNotContain("<html").contains("还缺 3 项材料", suspension.materials().get(0),
                suspension.materials().get(2), suspension.materials().get(3));
    }

    @Test
    void rNotify2_aRecordedNoticeListsAllMissingAndIsOnTheCustomersTimeline() throws Exception {
        String number = issueSuspensionNotice();

        String page = html(get("/notify/notices/" + number), f.clerk);

        assertThat(page).contains(number, "尚需补齐的材料（共 3 项）", suspension.materials().get(1),
                suspension.materials().get(2), suspension.materials().get(3), "报停申请截止日期", f.account,
                "id=\"notice-pdf\"", "id=\"notice-print\"", "id=\"follow-up\"");
        assertThat(customers.file(f.household, f.clerk).timeline())
                .anySatisfy(t -> assertThat(t.summary()).contains(number));
    }

    @Test
    void rNotify2_aNoticeWithoutACustomerNeedsTheApplicantsName() throws Exception {
        String page = html(post("/notify/notices").param("item", "REFUND").param("channel", "PHONE"), f.agent);

        assertThat(page).contains("id=\"notify-error\"", "请选择用户，或填写来访/来电人姓名");
    }

    @Test
    void rNotify2_theNoticeAsPdfCarriesTheChineseTextOfTheSheet() throws Exception {
        String number = issueSuspensionNotice();

        MvcResult result = mvc.perform(get("/notify/notices/" + number + ".pdf").with(as(f.clerk)))
                .andExpect(status().isOk()).andReturn();

        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("一次性告知书", number, "尚需补齐的材料（共3项", "不动产权证书", "报停申请截止日期");
        }
    }

    @Test
    void rNotify4_aFollowUpOnThePageListsOnlyTheNewItemWithItsReason() throws Exception {
        String number = issueSuspensionNotice();
        List<String> m = suspension.materials();

        String location = perform(post("/notify/notices/" + number + "/follow-up")
                .param("material", m.get(0), m.get(1), m.get(2), m.get(3))
                .param("state", "NONE", "NOT_CONFORMING", "BROUGHT", "NONE")
                .param("reason", "", "复印件不清晰", "", "")
                .param("extraMaterial", "", "").param("extraReason", "", ""), f.clerk, status().is3xxRedirection())
                .getResponse().getRedirectedUrl();
        String page = html(get(location), f.clerk);

        assertThat(page).contains("补充一次性告知书", "本次新增告知事项及原因", "复印件不清晰", "id=\"follow-up-of\"", number);
        assertThat(page).contains("id=\"notice-still-missing\"", m.get(3));
        assertThat(html(get("/notify/notices/" + number), f.clerk)).contains("id=\"notice-followed\"")
                .doesNotContain("id=\"follow-up\"");
    }

    @Test
    void rSys2_aButlerOfAnotherAreaCannotOpenTheNotice() throws Exception {
        String number = issueSuspensionNotice();

        perform(get("/notify/notices/" + number), f.otherButler, status().isNotFound());
        perform(get("/notify/notices/" + number), f.butler, status().isOk());
    }

    @Test
    void rNotify6_aComplaintIsRecordedAndConfirmedBySupervision() throws Exception {
        String number = issueSuspensionNotice();
        perform(post("/notify/complaints").param("notice", number).param("unit", "营业厅").param("description", "没一次说清"),
                f.agent, status().is3xxRedirection());
        long id = jdbc.sql("SELECT c.id FROM notification_complaint c JOIN notification_notice n ON n.id = c.notice_id "
                + "WHERE n.number = :n").param("n", number).query(Long.class).single();

        assertThat(html(get("/notify/complaints"), f.agent)).contains("id=\"complaint-" + id + "\"")
                .doesNotContain("id=\"confirm-" + id + "\"");
        perform(post("/notify/complaints/" + id + "/confirm").param("finding", "经查属实"), f.supervisor,
                status().is3xxRedirection());
        assertThat(html(get("/notify/complaints"), f.supervisor)).contains("id=\"decided-" + id + "\"", "经查属实");
    }

    @Test
    void rNotify1_administratorsPublishANewVersionAndOthersMayNotOpenTheCatalog() throws Exception {
        perform(get("/admin/notification-items"), f.clerk, status().isForbidden());
        assertThat(html(get("/admin/notification-items"), f.admin)).contains("id=\"row-SUSPENSION\"", "第 1 版");
        assertThat(html(get("/admin/notification-items/SUSPENSION"), f.admin)).contains("name=\"materials\"",
                suspension.materials().get(0));

        perform(post("/admin/notification-items").param("code", "SUSPENSION").param("name", "报停")
                .param("basis", suspension.basis()).param("timeLimit", suspension.timeLimit())
                .param("procedure", suspension.procedure()).param("fees", "报停期间不收费")
                .param("materials", String.join("\n", suspension.materials()) + "\n报停申请表")
                .param("refusalReasons", "欠缴热费未结清的").param("referrals", "")
                .param("changeNote", "增加报停申请表"), f.admin, status().is3xxRedirection());

        assertThat(notifications.item("SUSPENSION").version()).isEqualTo(2);
        assertThat(notifications.item("SUSPENSION").materials()).contains("报停申请表");
        assertThat(notifications.item("SUSPENSION").sampleFields()).isEmpty();
    }
}
