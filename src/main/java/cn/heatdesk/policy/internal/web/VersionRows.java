package cn.heatdesk.policy.internal.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.heatdesk.policy.PolicyVersionView;
import cn.heatdesk.policy.domain.CustomerKind;
import cn.heatdesk.policy.domain.DeadlineRule;
import cn.heatdesk.policy.domain.UseType;

/**
 * Puts a family's versions into words for the administration page, newest first: 民用(住宅) 90.00 元/㎡,
 * 居民用户:供热公司负责至入户端口(含), 有偿服务回访 24 小时(只计 08:00–20:00) …
 */
@Component
class VersionRows {

    private final MessageSource messages;
    private final DurationText durations;

    VersionRows(MessageSource messages, DurationText durations) {
        this.messages = messages;
        this.durations = durations;
    }

    List<VersionRow> of(List<PolicyVersionView> versions, LocalDate today, Locale locale) {
        return versions.stream()
                .sorted(Comparator.comparing(PolicyVersionView::effectiveFrom).reversed())
                .map(v -> new VersionRow(v, VersionRow.statusOn(v, today), rules(v, locale)))
                .toList();
    }

    private List<String> rules(PolicyVersionView version, Locale locale) {
        Map<String, Object> rules = version.rules();
        List<String> lines = new ArrayList<>();
        switch (version.family()) {
            case CONNECTION_FEE -> {
                for (UseType type : UseType.values()) {
                    if (rules.get(type.name()) instanceof BigDecimal rate) {
                        lines.add(msg(locale, "admin.rule.fee", msg(locale, "enum.UseType." + type), rate.toPlainString()));
                    }
                }
            }
            case PROPERTY_BOUNDARY -> {
                for (CustomerKind kind : CustomerKind.values()) {
                    if (rules.get(kind.name()) instanceof Map<?, ?> boundary) {
                        String line = msg(locale, "admin.rule.boundary", msg(locale, "enum.CustomerKind." + kind),
                                msg(locale, "enum.BoundaryLocation." + boundary.get("companyUpTo")));
                        if (boundary.get("collectiveUpTo") != null) {
                            line += msg(locale, "admin.rule.boundary.collective",
                                    msg(locale, "enum.BoundaryLocation." + boundary.get("collectiveUpTo")));
                        }
                        lines.add(line);
                    }
                }
            }
            case FEE_REDUCTION -> {
                if (rules.get("tiers") instanceof List<?> tiers) {
                    for (Object t : tiers) {
                        if (t instanceof Map<?, ?> tier && tier.get("shortfallFromCelsius") instanceof BigDecimal from
                                && tier.get("percent") instanceof BigDecimal percent) {
                            lines.add(msg(locale, "admin.rule.reduction", from.stripTrailingZeros().toPlainString(),
                                    percent.stripTrailingZeros().toPlainString()));
                        }
                    }
                }
            }
            case SERVICE_DEADLINES -> {
                for (DeadlineRule rule : DeadlineRule.values()) {
                    if (rules.get(rule.name()) instanceof Map<?, ?> term && term.get("minutes") instanceof Number minutes) {
                        lines.add(deadline(rule, minutes.longValue(), term, locale));
                    }
                }
            }
        }
        return lines;
    }

    private String deadline(DeadlineRule rule, long minutes, Map<?, ?> term, Locale locale) {
        String label = msg(locale, "enum.DeadlineRule." + rule);
        if (term.get("nonOperatingMinutes") instanceof Number nonOperating) {
            return msg(locale, "admin.rule.reschedule", label, durations.inDays(minutes, locale),
                    durations.inDays(nonOperating.longValue(), locale));
        }
        String line = msg(locale, "admin.rule.deadline", label, durations.of(minutes, locale));
        if (term.get("countedFrom") != null && term.get("countedTo") != null) {
            line += msg(locale, "calc.deadline.window", term.get("countedFrom"), term.get("countedTo"));
        }
        return line;
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
