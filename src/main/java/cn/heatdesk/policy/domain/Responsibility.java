package cn.heatdesk.policy.domain;

/** R-BOUND-3: the responsible party for a location, with the version that decided it and why. */
public record Responsibility(CustomerKind customerKind, BoundaryLocation location, ResponsibleParty responsibleParty,
                             PolicyReference policy, String reason) {
}
