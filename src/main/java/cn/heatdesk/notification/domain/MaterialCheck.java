package cn.heatdesk.notification.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The check at the counter (R-NOTIFY-2..4): what was brought against what the item requires. A first notice lists
 * every missing material at once; a follow-up lists only what is new since the earlier notice — materials a newer
 * version of the item requires, materials brought that do not meet the requirement, materials the applicant's
 * circumstances call for — each with its reason. A refusal is an {@link IllegalArgumentException} whose message
 * the clerk can read.
 */
public final class MaterialCheck {

    private MaterialCheck() {
    }

    /** R-NOTIFY-2/3: the first notice for an item: each required material, brought or missing, in the item's order. */
    public static NoticeSheet first(BusinessItem item, Collection<String> brought) {
        Set<String> given = known(item, brought);
        List<NoticeLine> lines = new ArrayList<>();
        for (String material : item.materials()) {
            lines.add(new NoticeLine(given.contains(material) ? LineKind.BROUGHT : LineKind.MISSING, material, null));
        }
        return new NoticeSheet(false, lines);
    }

    /**
     * R-NOTIFY-4: a follow-up to an earlier notice.
     *
     * @param earlierItem   the item version the earlier notice was given by
     * @param earlier       the earlier notice
     * @param current       the item version in force now (the same as {@code earlierItem} when nothing changed)
     * @param brought       materials brought on this visit (names of {@code current}'s materials)
     * @param notConforming materials brought on this or an earlier visit that do not meet the requirement, with why
     * @param additional    further materials the applicant's circumstances call for, with why
     */
    public static NoticeSheet followUp(BusinessItem earlierItem, NoticeSheet earlier, BusinessItem current,
                                       Collection<String> brought, Map<String, String> notConforming,
                                       Map<String, String> additional) {
        if (!earlierItem.code().equals(current.code())) {
            throw new IllegalArgumentException("补充告知必须是同一办理事项");
        }
        Set<String> given = known(current, brought);
        Map<String, String> wrong = reasons(notConforming, "不符合要求的原因");
        Map<String, String> extra = reasons(additional, "需补充材料的原因");
        for (String material : wrong.keySet()) {
            if (!current.materials().contains(material)) {
                throw new IllegalArgumentException("“" + material + "”不是本事项所需的材料");
            }
            if (given.contains(material)) {
                throw new IllegalArgumentException("“" + material + "”不能既算已提交又算不符合要求");
            }
        }
        for (String material : extra.keySet()) {
            if (current.materials().contains(material)) {
                throw new IllegalArgumentException("“" + material + "”已是本事项所需的材料，请在材料清单中勾选或标为不符合要求");
            }
        }
        Set<String> owedBefore = new LinkedHashSet<>();
        earlier.outstanding().forEach(l -> owedBefore.add(l.material()));
        boolean changed = current.version() != earlierItem.version();
        String change = "办理要求已变更（第 " + earlierItem.version() + " 版 → 第 " + current.version() + " 版"
                + (current.changeNote() == null ? "" : "：" + current.changeNote()) + "）";

        List<NoticeLine> lines = new ArrayList<>();
        for (String material : current.materials()) {
            if (given.contains(material)) {
                lines.add(new NoticeLine(LineKind.BROUGHT, material, null));
            } else if (wrong.containsKey(material)) {
                lines.add(new NoticeLine(LineKind.NOT_CONFORMING, material, wrong.get(material)));
            } else if (owedBefore.contains(material)) {
                lines.add(new NoticeLine(LineKind.STILL_MISSING, material, null));
            } else if (changed && !earlierItem.materials().contains(material)) {
                lines.add(new NoticeLine(LineKind.NEW_REQUIREMENT, material, change + "，新增此项"));
            }
        }
        for (String material : owedBefore) {
            if (!current.materials().contains(material) && !extra.containsKey(material)) {
                lines.add(new NoticeLine(LineKind.NO_LONGER_REQUIRED, material, change + "，此项不再需要"));
            }
        }
        extra.forEach((material, reason) -> lines.add(new NoticeLine(LineKind.ADDITIONAL, material, reason)));
        NoticeSheet sheet = new NoticeSheet(true, lines);
        if (sheet.newItems().isEmpty() && sheet.brought().stream().noneMatch(l -> owedBefore.contains(l.material()))) {
            throw new IllegalArgumentException("没有新提交的材料，也没有新的要求，无需出具补充告知书");
        }
        return sheet;
    }

    private static Set<String> known(BusinessItem item, Collection<String> brought) {
        Set<String> given = new LinkedHashSet<>();
        for (String material : brought == null ? List.<String>of() : brought) {
            if (material == null || material.isBlank()) {
                continue;
            }
            if (!item.materials().contains(material.strip())) {
                throw new IllegalArgumentException("“" + material.strip() + "”不是“" + item.name() + "”所需的材料");
            }
            given.add(material.strip());
        }
        return given;
    }

    private static Map<String, String> reasons(Map<String, String> given, String what) {
        Map<String, String> result = new LinkedHashMap<>();
        if (given == null) {
            return result;
        }
        given.forEach((material, reason) -> {
            if (material == null || material.isBlank()) {
                return;
            }
            result.put(material.strip(), Texts.required(reason, "“" + material.strip() + "”" + what));
        });
        return result;
    }
}
