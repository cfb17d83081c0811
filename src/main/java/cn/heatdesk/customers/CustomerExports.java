package cn.heatdesk.customers;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.common.CompanyTime;
import cn.heatdesk.customers.internal.CustomerQueries;
import cn.heatdesk.common.excel.ExcelSheet;
import cn.heatdesk.common.excel.ExcelWorkbook;
import cn.heatdesk.customers.internal.export.HeatingRatesExport;
import cn.heatdesk.customers.internal.export.SearchResultsExport;
import cn.heatdesk.policy.domain.SeasonDates;
import cn.heatdesk.staff.StaffMember;

/**
 * Filtered lists as Excel files (issue 3: "export any filtered list to Excel"): search results and the
 * heating-rate lists, with Chinese headers, phones masked exactly as on the page (R-SYS-2), scoped like
 * the page (a butler exports only their area), streamed so that a large list does not fill the memory.
 *
 * <p>Decision: the file is Chinese whatever the interface language — it is passed on to branches and
 * the city, who read Chinese — and its first sheet says what was exported, by whom and when.
 */
@Service
public class CustomerExports {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Excel takes about a million rows a sheet; a search export stops well before, and says so. */
    public static final int MAX_SEARCH_ROWS = 100_000;

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String PERSONAL_DATA_NOTE =
            "电话号码已隐藏中间四位。本表含个人信息，仅限工作使用，不得外传（《个人信息保护法》）。";

    private final CustomerFiles files;
    private final CustomerQueries queries;
    private final HeatingRates rates;
    private final Organisation organisation;
    private final MessageSource messages;
    private final Clock clock;
    private final CompanyTime companyTime;

    CustomerExports(CustomerFiles files, CustomerQueries queries, HeatingRates rates, Organisation organisation,
                    MessageSource messages, Clock clock, CompanyTime companyTime) {
        this.files = files;
        this.queries = queries;
        this.rates = rates;
        this.organisation = organisation;
        this.messages = messages;
        this.clock = clock;
        this.companyTime = companyTime;
    }

    /** e.g. 用户档案查询-2026-12-01.xlsx */
    public String searchResultsFilename() {
        return "用户档案查询-" + LocalDate.now(clock) + ".xlsx";
    }

    /** e.g. 用热率-2026-2027供暖季-2026-12-01.xlsx */
    public String heatingRatesFilename(HeatingRates.Filter filter) {
        return "用热率-" + SeasonDates.nameOf(rates.season(filter)) + "供暖季-" + LocalDate.now(clock) + ".xlsx";
    }

    /** Every customer the search finds for this viewer, up to {@link #MAX_SEARCH_ROWS}; returns the count. */
    @Transactional(readOnly = true)
    public int writeSearchResults(String text, StaffMember viewer, OutputStream out) throws IOException {
        int season = files.currentSeason();
        try (ExcelWorkbook workbook = new ExcelWorkbook()) {
            ExcelSheet notes = workbook.notes("说明");
            SearchResultsExport sheet = new SearchResultsExport(workbook, SeasonDates.nameOf(season), this::chinese);
            queries.eachMatch(text, files.scopeOf(viewer), season, MAX_SEARCH_ROWS + 1, customer -> {
                if (sheet.rows() < MAX_SEARCH_ROWS) {
                    sheet.add(customer);
                }
            });
            notes.row("导出内容", "用户档案查询结果");
            notes.row("查询内容", text == null ? "" : text.strip());
            notes.row("条数", sheet.rows() < MAX_SEARCH_ROWS ? sheet.rows() + " 条"
                    : "只导出了前 " + MAX_SEARCH_ROWS + " 条，请输入更具体的查询内容后再导出");
            notes.row("供热状态", SeasonDates.nameOf(season) + " 供暖季");
            signature(notes, viewer);
            workbook.write(out);
            return sheet.rows();
        }
    }

    /** The community and unit lists of the heating-rate page, with the same filter and scope. */
    @Transactional(readOnly = true)
    public void writeHeatingRates(HeatingRates.Filter filter, StaffMember viewer, OutputStream out)
            throws IOException {
        try (ExcelWorkbook workbook = new ExcelWorkbook()) {
            ExcelSheet notes = workbook.notes("说明");
            notes.row("导出内容", "用热率：小区和单元");
            notes.row("供暖季", SeasonDates.nameOf(rates.season(filter)) + " 供暖季");
            notes.row("范围", scopeText(filter));
            notes.row("计算方法", "用热率 = 用热户数 ÷ 总户数，按户数计算（R-RATE-1）；百分比截断到两位小数，不四舍五入。");
            notes.row("供热义务", "小区总用热率达 25% 以上的，供热企业应当供热（R-RATE-2）。");
            notes.row("应保证的室温", "符合《山东省供热条例》第二十二条三个条件的楼：单元用热率达 70% 以上，卧室、起居室不低于 18℃；"
                    + "30%–70% 之间未签协议的不低于 18℃；不足 30% 由供热企业决定是否供热（R-RATE-3）。"
                    + "不符合条件的楼不据用热率确定（R-RATE-4）。已签订供用热协议的住户按协议约定执行。");
            signature(notes, viewer);
            HeatingRatesExport.write(workbook, rates.communities(filter, viewer), rates.units(filter, viewer),
                    this::chinese);
            workbook.write(out);
        }
    }

    private void signature(ExcelSheet notes, StaffMember viewer) {
        notes.row("导出人", viewer.displayName() + "（" + viewer.username() + "，" + viewer.role().label() + "）");
        notes.row("导出时间", LocalDateTime.now(clock).format(MINUTES) + "（" + companyTime.label(Locale.SIMPLIFIED_CHINESE) + "）");
        notes.row("个人信息", PERSONAL_DATA_NOTE);
    }

    private String scopeText(HeatingRates.Filter filter) {
        String branch = name(organisation.branches().stream().filter(b -> b.id() == orZero(filter.branchId()))
                .map(Organisation.Branch::name).findFirst());
        String area = name(organisation.areas().stream().filter(a -> a.id() == orZero(filter.areaId()))
                .map(Organisation.Area::name).findFirst());
        String community = name(organisation.communities().stream()
                .filter(c -> c.id() == orZero(filter.communityId())).map(Organisation.Community::name).findFirst());
        String text = String.join(" / ", Stream.of(branch, area, community)
                .filter(Objects::nonNull).toList());
        return text.isEmpty() ? "您负责范围内的全部小区" : text;
    }

    private static long orZero(Long id) {
        return id == null ? 0 : id;
    }

    private static String name(Optional<String> name) {
        return name.orElse(null);
    }

    /** The page's Chinese word for an enum value, so the file says exactly what the page says. */
    private String chinese(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
