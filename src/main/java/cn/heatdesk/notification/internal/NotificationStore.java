package cn.heatdesk.notification.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.heatdesk.notification.Channel;
import cn.heatdesk.notification.Complaint;
import cn.heatdesk.notification.ComplaintStatus;
import cn.heatdesk.notification.domain.BusinessItem;
import cn.heatdesk.notification.domain.ItemField;
import cn.heatdesk.notification.domain.LineKind;
import cn.heatdesk.notification.domain.NoticeLine;
import cn.heatdesk.notification.domain.NoticeSheet;
import cn.heatdesk.notification.domain.Referral;

/** The catalog, notices and complaints in the database (JdbcClient); versions and notices are only ever inserted. */
@Repository
public class NotificationStore {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- catalog

    public List<BusinessItem> allVersions() {
        List<BusinessItem> items = jdbc.sql("SELECT * FROM notification_item ORDER BY id").query(this::item).list();
        return items.stream().map(this::withLists).toList();
    }

    public List<BusinessItem> versions(String code) {
        return jdbc.sql("SELECT * FROM notification_item WHERE code = :code ORDER BY version")
                .param("code", code).query(this::item).list().stream().map(this::withLists).toList();
    }

    public Optional<BusinessItem> version(long id) {
        return jdbc.sql("SELECT * FROM notification_item WHERE id = :id").param("id", id).query(this::item).optional()
                .map(this::withLists);
    }

    /** Serialises new versions of one item: the item's latest row is locked until the transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int lockLatestVersion(String code) {
        return jdbc.sql("SELECT version FROM notification_item WHERE code = :code ORDER BY version DESC "
                        + "FETCH FIRST 1 ROWS ONLY FOR UPDATE")
                .param("code", code).query(Integer.class).optional().orElse(0);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long insertVersion(BusinessItem item, String createdBy, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO notification_item (code, version, effective_from, name, basis, time_limit, procedure_text,
                                               fees, sample_fields, change_note, created_by, created_at)
                VALUES (:code, :version, :from, :name, :basis, :limit, :procedure, :fees, :sample, :note, :by, :at)
                """)
                .param("code", item.code()).param("version", item.version())
                .param("from", Date.valueOf(item.effectiveFrom())).param("name", item.name())
                .param("basis", item.basis()).param("limit", item.timeLimit()).param("procedure", item.procedure())
                .param("fees", item.fees())
                .param("sample", item.sampleFields().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("note", item.changeNote()).param("by", createdBy).param("at", Timestamp.from(at))
                .update(key, "id");
        long id = key.getKey().longValue();
        for (int i = 0; i < item.materials().size(); i++) {
            jdbc.sql("INSERT INTO notification_item_material (item_id, position, name) VALUES (:id, :pos, :name)")
                    .param("id", id).param("pos", i + 1).param("name", item.materials().get(i)).update();
        }
        for (int i = 0; i < item.refusalReasons().size(); i++) {
            jdbc.sql("INSERT INTO notification_item_refusal (item_id, position, reason) VALUES (:id, :pos, :reason)")
                    .param("id", id).param("pos", i + 1).param("reason", item.refusalReasons().get(i)).update();
        }
        for (int i = 0; i < item.referrals().size(); i++) {
            Referral r = item.referrals().get(i);
            jdbc.sql("""
                    INSERT INTO notification_item_referral (item_id, position, matter, body, place)
                    VALUES (:id, :pos, :matter, :body, :place)
                    """)
                    .param("id", id).param("pos", i + 1).param("matter", r.matter()).param("body", r.body())
                    .param("place", r.place()).update();
        }
        return id;
    }

    private BusinessItem item(ResultSet rs, int row) throws SQLException {
        String sample = rs.getString("sample_fields");
        Set<ItemField> fields = sample == null || sample.isBlank() ? Set.of()
                : Arrays.stream(sample.split(",")).map(String::strip).map(ItemField::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ItemField.class)));
        return new BusinessItem(rs.getLong("id"), rs.getString("code"), rs.getInt("version"),
                rs.getDate("effective_from").toLocalDate(), rs.getString("name"), rs.getString("basis"),
                rs.getString("time_limit"), rs.getString("procedure_text"), List.of(), rs.getString("fees"), List.of(),
                List.of(), fields, rs.getString("change_note"));
    }

    private BusinessItem withLists(BusinessItem i) {
        List<String> materials = jdbc.sql("SELECT name FROM notification_item_material WHERE item_id = :id ORDER BY position")
                .param("id", i.id()).query(String.class).list();
        List<String> refusals = jdbc.sql("SELECT reason FROM notification_item_refusal WHERE item_id = :id ORDER BY position")
                .param("id", i.id()).query(String.class).list();
        List<Referral> referrals = jdbc.sql(
                        "SELECT matter, body, place FROM notification_item_referral WHERE item_id = :id ORDER BY position")
                .param("id", i.id())
                .query((rs, n) -> new Referral(rs.getString("matter"), rs.getString("body"), rs.getString("place")))
                .list();
        return new BusinessItem(i.id(), i.code(), i.version(), i.effectiveFrom(), i.name(), i.basis(), i.timeLimit(),
                i.procedure(), materials, i.fees(), refusals, referrals, i.sampleFields(), i.changeNote());
    }

    // ---- notices

    /** GZ + day + running number of the day, safe across nodes (the day's row is locked until commit). */
    @Transactional(propagation = Propagation.MANDATORY)
    public String nextNumber(LocalDate day) {
        jdbc.sql("INSERT INTO notification_notice_number (notice_day, last_no) VALUES (:day, 0) ON CONFLICT DO NOTHING")
                .param("day", Date.valueOf(day)).update();
        int last = jdbc.sql("SELECT last_no FROM notification_notice_number WHERE notice_day = :day FOR UPDATE")
                .param("day", Date.valueOf(day)).query(Integer.class).single();
        jdbc.sql("UPDATE notification_notice_number SET last_no = :no WHERE notice_day = :day")
                .param("no", last + 1).param("day", Date.valueOf(day)).update();
        return "GZ" + DAY.format(day) + String.format("%04d", last + 1);
    }

    public record NoticeRow(long id, String number, long itemId, Long customerId, String applicant, Channel channel,
                            Long followUpOf, String suspensionNote, String issuedBy, String issuedByName,
                            Instant issuedAt) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long insertNotice(NoticeRow n, NoticeSheet sheet) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO notification_notice (number, item_id, customer_id, applicant, channel, follow_up_of, complete,
                                                 suspension_note, issued_by, issued_by_name, issued_at)
                VALUES (:number, :item, :customer, :applicant, :channel, :followUpOf, :complete, :suspension, :by,
                        :byName, :at)
                """)
                .param("number", n.number()).param("item", n.itemId()).param("customer", n.customerId())
                .param("applicant", n.applicant()).param("channel", n.channel().name())
                .param("followUpOf", n.followUpOf()).param("complete", sheet.complete())
                .param("suspension", n.suspensionNote()).param("by", n.issuedBy()).param("byName", n.issuedByName())
                .param("at", Timestamp.from(n.issuedAt()))
                .update(key, "id");
        long id = key.getKey().longValue();
        int position = 0;
        for (NoticeLine line : sheet.lines()) {
            jdbc.sql("""
                    INSERT INTO notification_notice_line (notice_id, position, kind, material, reason)
                    VALUES (:id, :pos, :kind, :material, :reason)
                    """)
                    .param("id", id).param("pos", ++position).param("kind", line.kind().name())
                    .param("material", line.material()).param("reason", line.reason()).update();
        }
        return id;
    }

    public Optional<NoticeRow> noticeByNumber(String number) {
        return jdbc.sql("SELECT * FROM notification_notice WHERE number = :number").param("number", number)
                .query(NotificationStore::notice).optional();
    }

    public Optional<NoticeRow> noticeById(long id) {
        return jdbc.sql("SELECT * FROM notification_notice WHERE id = :id").param("id", id)
                .query(NotificationStore::notice).optional();
    }

    public List<NoticeRow> noticesOfCustomer(long customerId) {
        return jdbc.sql("SELECT * FROM notification_notice WHERE customer_id = :id ORDER BY issued_at DESC, id DESC")
                .param("id", customerId).query(NotificationStore::notice).list();
    }

    public List<NoticeRow> recentNotices(String issuedBy, int limit) {
        return jdbc.sql("""
                SELECT * FROM notification_notice WHERE (CAST(:by AS VARCHAR(100)) IS NULL OR issued_by = :by)
                ORDER BY issued_at DESC, id DESC FETCH FIRST :limit ROWS ONLY
                """)
                .param("by", issuedBy).param("limit", limit).query(NotificationStore::notice).list();
    }

    /** The numbers of these notices by id, in one query (a list naming the notices its rows follow up). */
    public Map<Long, String> numbers(Collection<Long> noticeIds) {
        Map<Long, String> numbers = new HashMap<>();
        if (!noticeIds.isEmpty()) {
            jdbc.sql("SELECT id, number FROM notification_notice WHERE id IN (:ids)").param("ids", List.copyOf(noticeIds))
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                    .forEach(e -> numbers.put(e.getKey(), e.getValue()));
        }
        return numbers;
    }

    /** The follow-up notices' numbers of each of these notices, in one query; notices without any are left out. */
    public Map<Long, List<String>> followUpNumbers(Collection<Long> noticeIds) {
        Map<Long, List<String>> numbers = new HashMap<>();
        if (!noticeIds.isEmpty()) {
            jdbc.sql("""
                    SELECT follow_up_of, number FROM notification_notice WHERE follow_up_of IN (:ids)
                    ORDER BY issued_at, id
                    """)
                    .param("ids", List.copyOf(noticeIds))
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                    .forEach(e -> numbers.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        return numbers;
    }

    /** The lines of each of these notices' sheets in order, in one query; notices without lines are left out. */
    public Map<Long, List<NoticeLine>> sheetLines(Collection<Long> noticeIds) {
        Map<Long, List<NoticeLine>> lines = new HashMap<>();
        if (!noticeIds.isEmpty()) {
            jdbc.sql("""
                    SELECT notice_id, kind, material, reason FROM notification_notice_line WHERE notice_id IN (:ids)
                    ORDER BY notice_id, position
                    """)
                    .param("ids", List.copyOf(noticeIds))
                    .query((rs, n) -> Map.entry(rs.getLong("notice_id"), new NoticeLine(
                            LineKind.valueOf(rs.getString("kind")), rs.getString("material"), rs.getString("reason"))))
                    .list().forEach(e -> lines.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        return lines;
    }

    private static NoticeRow notice(ResultSet rs, int row) throws SQLException {
        return new NoticeRow(rs.getLong("id"), rs.getString("number"), rs.getLong("item_id"),
                (Long) rs.getObject("customer_id", Long.class), rs.getString("applicant"),
                Channel.valueOf(rs.getString("channel")), (Long) rs.getObject("follow_up_of", Long.class),
                rs.getString("suspension_note"), rs.getString("issued_by"), rs.getString("issued_by_name"),
                rs.getTimestamp("issued_at").toInstant());
    }

    // ---- complaints

    @Transactional(propagation = Propagation.MANDATORY)
    public long insertComplaint(Long customerId, Long noticeId, String itemCode, String staff, String unit,
                                String description, String receivedBy, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO notification_complaint (customer_id, notice_id, item_code, staff_username, unit, description,
                                                    received_by, received_at, status, version)
                VALUES (:customer, :notice, :item, :staff, :unit, :description, :by, :at, 'OPEN', 0)
                """)
                .param("customer", customerId).param("notice", noticeId).param("item", itemCode)
                .param("staff", staff).param("unit", unit).param("description", description).param("by", receivedBy)
                .param("at", Timestamp.from(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** Decides an open complaint; false when it was decided meanwhile (the status check makes two deciders safe). */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean decideComplaint(long id, ComplaintStatus status, String by, Instant at, String finding) {
        return jdbc.sql("""
                UPDATE notification_complaint SET status = :status, decided_by = :by, decided_at = :at, finding = :finding,
                       version = version + 1
                WHERE id = :id AND status = 'OPEN'
                """)
                .param("status", status.name()).param("by", by).param("at", Timestamp.from(at))
                .param("finding", finding).param("id", id).update() == 1;
    }

    private static final String COMPLAINT_SELECT = """
            SELECT c.*, n.number AS notice_number,
                   (SELECT i.name FROM notification_item i WHERE i.code = c.item_code ORDER BY i.version DESC
                    FETCH FIRST 1 ROWS ONLY) AS item_name
            FROM notification_complaint c LEFT JOIN notification_notice n ON n.id = c.notice_id
            """;

    public Optional<Complaint> complaint(long id) {
        return jdbc.sql(COMPLAINT_SELECT + " WHERE c.id = :id").param("id", id).query(NotificationStore::complaint)
                .optional();
    }

    public List<Complaint> complaints(ComplaintStatus status, int limit) {
        return jdbc.sql(COMPLAINT_SELECT + """
                 WHERE (CAST(:status AS VARCHAR(20)) IS NULL OR c.status = :status)
                ORDER BY c.received_at DESC, c.id DESC FETCH FIRST :limit ROWS ONLY
                """)
                .param("status", status == null ? null : status.name()).param("limit", limit)
                .query(NotificationStore::complaint).list();
    }

    private static Complaint complaint(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Complaint(rs.getLong("id"), (Long) rs.getObject("customer_id", Long.class),
                rs.getString("notice_number"), rs.getString("item_code"), rs.getString("item_name"),
                rs.getString("staff_username"), rs.getString("unit"), rs.getString("description"),
                rs.getString("received_by"), rs.getTimestamp("received_at").toInstant(),
                ComplaintStatus.valueOf(rs.getString("status")), rs.getString("decided_by"),
                decided == null ? null : decided.toInstant(), rs.getString("finding"));
    }
}
