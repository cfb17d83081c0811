package cn.heatdesk.workorders.domain;

/** One standard phrase, ready to say. */
public record Script(ScriptKind kind, String text) {
}
