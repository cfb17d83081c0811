package cn.heatdesk.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.heatdesk.policy.domain.BoundaryLocation;
import cn.heatdesk.policy.domain.CustomerKind;
import cn.heatdesk.policy.domain.FeeQuote;
import cn.heatdesk.policy.domain.ResponsibleParty;

/**
 * Everything known about one customer (用户档案, R-BUTLER-1), as a staff member may see it: personal
 * data masked, the connection fee and the boundary answers from the policy engine using the building's
 * date where it has one (R-RATE-5).
 */
public record CustomerFile(long id, CustomerKind kind, String accountNumber, String ownerName, String institutionName,
                           String maskedPhone, String maskedPhone2, String maskedIdNumber, String address, Place place,
                           BigDecimal heatedAreaM2, LocalDate contractDate, LocalDate policyDate,
                           boolean policyDateFromBuilding, boolean agreementSigned, BigDecimal agreedCelsius,
                           String valveWell, List<SeasonStatus> statuses, List<StatusChange> statusHistory,
                           List<TimelineEntry> timeline, FeeAnswer fee, List<BoundaryAnswer> boundaries, int version) {

    /** Where the customer is, up to the branch, with the area's butler. */
    public record Place(long branchId, String branchName, long areaId, String areaName, String butlerNumber,
                        String butlerName, Long communityId, String communityName, Long buildingId, String buildingName,
                        String buildingUseType, Integer builtYear, Boolean envelopeCompliant,
                        Boolean article22ConditionsMet, LocalDate buildingOpeningDate, Long unitId, String unitName,
                        String room) {
    }

    public record SeasonStatus(int seasonStartYear, String season, HeatingStatus status) {
    }

    public record StatusChange(String season, HeatingStatus from, HeatingStatus to, String reason, String changedBy,
                               Instant changedAt) {
    }

    public record TimelineEntry(Instant at, String kind, String summary, String actor, String reference) {
    }

    /** The quote, or why there is none (no date recorded, or R-BOUND-4's "no policy in force"). */
    public record FeeAnswer(FeeQuote quote, String problem) {
    }

    /** R-BOUND-3 for one point of the customer's path, or why there is no answer. */
    public record BoundaryAnswer(BoundaryLocation location, ResponsibleParty party, String document, String article,
                                 String problem) {
    }
}
