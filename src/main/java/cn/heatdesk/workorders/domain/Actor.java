package cn.heatdesk.workorders.domain;

import java.util.Objects;

/** Who acts on an order: a staff username and what they may do beyond their own part in it. */
public record Actor(String username, ActorRole role) {

    public Actor {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("缺少操作人");
        }
        Objects.requireNonNull(role, "role");
    }

    public static Actor staff(String username) {
        return new Actor(username, ActorRole.STAFF);
    }

    public static Actor dispatcher(String username) {
        return new Actor(username, ActorRole.DISPATCHER);
    }

    public static Actor marketService(String username) {
        return new Actor(username, ActorRole.MARKET_SERVICE);
    }

    public boolean isDispatcher() {
        return role == ActorRole.DISPATCHER;
    }

    boolean is(String otherUsername) {
        return username.equals(otherUsername);
    }
}
