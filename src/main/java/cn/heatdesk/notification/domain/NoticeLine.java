package cn.heatdesk.notification.domain;

import java.util.Objects;

/** One line of a notice: a material or requirement, what the notice says about it and, for new items, why. */
public record NoticeLine(LineKind kind, String material, String reason) {

    public NoticeLine {
        Objects.requireNonNull(kind, "kind");
        material = Texts.required(material, "材料名称");
        reason = Texts.optional(reason);
    }
}
