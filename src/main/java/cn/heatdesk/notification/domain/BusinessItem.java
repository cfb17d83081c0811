package cn.heatdesk.notification.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * R-NOTIFY-1: one version of a business item (办理事项) — basis, time limit, procedure, the required materials,
 * fees, the reasons it can be refused and the matters other bodies handle (R-NOTIFY-5). Versions are never edited:
 * a change of requirements is a new version from its effective date, so a notice always names what it was given by.
 *
 * @param id            the stored version's id, 0 before it is stored
 * @param sampleFields  the parts that are sample text for the company to check (示例内容，请公司核定)
 */
public record BusinessItem(long id, String code, int version, LocalDate effectiveFrom, String name, String basis,
                           String timeLimit, String procedure, List<String> materials, String fees,
                           List<String> refusalReasons, List<Referral> referrals, Set<ItemField> sampleFields,
                           String changeNote) {

    public static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,39}";

    /** The code of the suspension item, whose sheet carries the R-SUSPEND-1 closing date. */
    public static final String SUSPENSION = "SUSPENSION";

    public BusinessItem {
        Objects.requireNonNull(code, "code");
        if (!code.matches(CODE_PATTERN)) {
            throw new IllegalArgumentException("事项代码只能用大写字母、数字和下划线，例如 SUSPENSION");
        }
        if (version < 1) {
            throw new IllegalArgumentException("版本号从 1 开始");
        }
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        name = Texts.required(name, "事项名称");
        basis = Texts.required(basis, "办理依据");
        timeLimit = Texts.required(timeLimit, "办理时限");
        procedure = Texts.required(procedure, "办理程序");
        fees = Texts.required(fees, "收费标准");
        materials = materials == null ? List.of() : materials.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (new HashSet<>(materials).size() != materials.size()) {
            throw new IllegalArgumentException("所需材料有重复的名称");
        }
        refusalReasons = refusalReasons == null ? List.of()
                : refusalReasons.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        referrals = referrals == null ? List.of() : List.copyOf(referrals);
        sampleFields = sampleFields == null || sampleFields.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(sampleFields));
        changeNote = Texts.optional(changeNote);
    }

    public boolean isSample(ItemField field) {
        return sampleFields.contains(field);
    }

    public boolean hasSampleText() {
        return !sampleFields.isEmpty();
    }

    public boolean isSuspension() {
        return SUSPENSION.equals(code);
    }

    /** The version in force on {@code day}: the latest that started on or before it. */
    public static Optional<BusinessItem> effectiveOn(List<BusinessItem> versions, LocalDate day) {
        return versions.stream().filter(v -> !v.effectiveFrom().isAfter(day))
                .max((a, b) -> Integer.compare(a.version(), b.version()));
    }
}
