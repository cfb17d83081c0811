package cn.heatdesk.staff.internal;

import java.util.Locale;

/** Usernames are stored and compared in lower case without surrounding blanks. */
public final class Usernames {

    private Usernames() {
    }

    public static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
