package cn.heatdesk.notification.domain;

import java.util.List;

/**
 * What a notice tells: its lines in order. {@code followUp} marks a follow-up notice (R-NOTIFY-4), whose new items
 * are the point of it; earlier missing materials are only referred to there.
 */
public record NoticeSheet(boolean followUp, List<NoticeLine> lines) {

    public NoticeSheet {
        lines = List.copyOf(lines);
    }

    public List<NoticeLine> brought() {
        return of(LineKind.BROUGHT);
    }

    /** R-NOTIFY-3: everything still to bring, complete, on this one sheet. */
    public List<NoticeLine> outstanding() {
        return lines.stream().filter(l -> l.kind().outstanding()).toList();
    }

    /** R-NOTIFY-4: the lines a follow-up notice is about, each with its reason. */
    public List<NoticeLine> newItems() {
        return lines.stream().filter(l -> l.kind().isNew()).toList();
    }

    public List<NoticeLine> stillMissing() {
        return of(LineKind.STILL_MISSING);
    }

    /** R-NOTIFY-3: nothing missing, so the matter is done at once. */
    public boolean complete() {
        return outstanding().isEmpty();
    }

    private List<NoticeLine> of(LineKind kind) {
        return lines.stream().filter(l -> l.kind() == kind).toList();
    }
}
