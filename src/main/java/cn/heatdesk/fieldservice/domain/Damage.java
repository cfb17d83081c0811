package cn.heatdesk.fieldservice.domain;

import java.time.Instant;

/** R-HOME-2: damage to the customer's property during the service, with its remedy. */
public record Damage(long id, String description, Remedy remedy, String remedyNote, String recordedBy,
                     Instant recordedAt) {
}
