package cn.heatdesk.workorders.domain;

/**
 * Someone who called or came in and is not (yet) matched to a customer file: what they said about
 * themselves, kept as given even after the order is matched. A phone or an address is needed, so that the
 * customer can be reached or found; the name may stay empty.
 */
public record Caller(String name, String phone, String address) {

    public Caller {
        name = trimToNull(name);
        phone = trimToNull(phone);
        address = trimToNull(address);
        if (phone == null && address == null) {
            throw new IllegalArgumentException("来电人须留下电话或地址");
        }
    }

    private static String trimToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
