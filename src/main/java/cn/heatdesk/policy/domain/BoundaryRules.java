package cn.heatdesk.policy.domain;

import java.util.Objects;

/**
 * One version of the property boundary (产权分界), R-BOUND-1..3: a boundary per customer kind.
 *
 * <p>Seeded: 淄政办发〔2019〕14号 Art. 10 (company to the residential entry port, meter excluded, or to
 * the institution's main valve well) and 淄政办发〔2008〕114号 Art. 11 (company to the residential
 * building-front valve, or to the institution's valve well; the building's shared pipes then belong
 * to the owners collectively).
 */
public record BoundaryRules(PolicyReference reference, Boundary residential, Boundary institutional)
        implements Versioned {

    public BoundaryRules {
        Objects.requireNonNull(reference, "reference");
        if (residential == null || residential.kind() != CustomerKind.RESIDENTIAL) {
            throw new IllegalArgumentException("缺少居民用户的产权分界");
        }
        if (institutional == null || institutional.kind() != CustomerKind.INSTITUTIONAL) {
            throw new IllegalArgumentException("缺少单位用户的产权分界");
        }
    }

    public Boundary boundaryOf(CustomerKind kind) {
        return kind == CustomerKind.RESIDENTIAL ? residential : institutional;
    }

    /** R-BOUND-3. */
    public Responsibility responsibility(CustomerKind kind, BoundaryLocation location) {
        Boundary boundary = boundaryOf(kind);
        ResponsibleParty party = boundary.responsibleFor(location);
        String reason = location.label() + "属于" + party.label() + "维护范围：依据 " + reference.document()
                + (reference.article() == null ? "" : " " + reference.article()) + "，供热公司负责至"
                + kind.label() + "的" + boundary.companyUpTo().label() + "（含）";
        return new Responsibility(kind, location, party, reference, reason);
    }
}
