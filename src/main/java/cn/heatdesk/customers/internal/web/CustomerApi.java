package cn.heatdesk.customers.internal.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.heatdesk.customers.CustomerFile;
import cn.heatdesk.customers.HeatingRates;
import cn.heatdesk.customers.HeatingStatus;
import cn.heatdesk.customers.PersonalField;
import cn.heatdesk.customers.RevealRecord;
import cn.heatdesk.policy.domain.BoundaryLocation;
import cn.heatdesk.policy.domain.CommunitySupply;
import cn.heatdesk.policy.domain.CustomerKind;
import cn.heatdesk.policy.domain.ResponsibleParty;
import cn.heatdesk.policy.domain.UnitStandard;
import cn.heatdesk.policy.domain.UseType;

/**
 * Request and response bodies of the customer API: the field names are a contract. Personal data is
 * masked in every response except {@link RevealResponse}; times carry the company's offset (+08:00 in the
 * default zone).
 */
final class CustomerApi {

    private CustomerApi() {
    }

    record RevealRequest(@NotNull PersonalField field, @Size(max = 200) String purpose) {
    }

    record RevealResponse(PersonalField field, String value) {
    }

    record CustomerFileResponse(long id, CustomerKind kind, String accountNumber, String ownerName,
                                String institutionName, String maskedPhone, String maskedPhone2,
                                String maskedIdNumber, String address, CustomerFile.Place place,
                                BigDecimal heatedAreaM2, LocalDate contractDate, LocalDate policyDate,
                                boolean policyDateFromBuilding, boolean agreementSigned, BigDecimal agreedCelsius,
                                String valveWell, List<CustomerFile.SeasonStatus> statuses,
                                List<StatusChangeBody> statusHistory, List<TimelineBody> timeline, FeeBody fee,
                                List<BoundaryBody> boundaries, int version) {

        static CustomerFileResponse of(CustomerFile f, ZoneId zone) {
            return new CustomerFileResponse(f.id(), f.kind(), f.accountNumber(), f.ownerName(), f.institutionName(),
                    f.maskedPhone(), f.maskedPhone2(), f.maskedIdNumber(), f.address(), f.place(), f.heatedAreaM2(),
                    f.contractDate(), f.policyDate(), f.policyDateFromBuilding(), f.agreementSigned(),
                    f.agreedCelsius(), f.valveWell(), f.statuses(),
                    f.statusHistory().stream().map(c -> new StatusChangeBody(c.season(), c.from(), c.to(), c.reason(),
                            c.changedBy(), c.changedAt().atZone(zone).toOffsetDateTime())).toList(),
                    f.timeline().stream().map(t -> new TimelineBody(t.at().atZone(zone).toOffsetDateTime(), t.kind(),
                            t.summary(), t.actor(), t.reference())).toList(),
                    FeeBody.of(f.fee()),
                    f.boundaries().stream().map(b -> new BoundaryBody(b.location(), b.party(), b.document(),
                            b.article(), b.problem())).toList(),
                    f.version());
        }
    }

    record StatusChangeBody(String season, HeatingStatus from, HeatingStatus to, String reason, String changedBy,
                            OffsetDateTime changedAt) {
    }

    record TimelineBody(OffsetDateTime at, String kind, String summary, String actor, String reference) {
    }

    /** The connection-fee quote (R-FEE-3, by the date of R-RATE-5), or why there is none. */
    record FeeBody(UseType useType, BigDecimal areaM2, BigDecimal ratePerM2, BigDecimal amount, String document,
                   String problem) {

        static FeeBody of(CustomerFile.FeeAnswer answer) {
            if (answer.quote() == null) {
                return new FeeBody(null, null, null, null, null, answer.problem());
            }
            var q = answer.quote();
            return new FeeBody(q.useType(), q.areaM2(), q.ratePerM2(), q.amount(), q.policy().document(), null);
        }
    }

    record BoundaryBody(BoundaryLocation location, ResponsibleParty party, String document, String article,
                        String problem) {
    }

    /** R-RATE-1/2: {@code rate} is numerator ÷ denominator truncated to four places, never rounded up. */
    record CommunityRateBody(long communityId, String communityName, String areaName, String branchName,
                             BigDecimal rate, long numerator, long denominator, CommunitySupply supply) {

        static CommunityRateBody of(HeatingRates.CommunityRate r) {
            return new CommunityRateBody(r.communityId(), r.communityName(), r.areaName(), r.branchName(),
                    r.rate().value(), r.rate().numerator(), r.rate().denominator(), r.supply());
        }
    }

    /** R-RATE-3/4: the standard owed to the unit's households without a signed agreement. */
    record UnitRateBody(long unitId, long communityId, String communityName, String buildingName, String unitName,
                        boolean article22ConditionsMet, BigDecimal rate, long numerator, long denominator,
                        UnitStandard standard) {

        static UnitRateBody of(HeatingRates.UnitRate r) {
            return new UnitRateBody(r.unitId(), r.communityId(), r.communityName(), r.buildingName(), r.unitName(),
                    r.article22ConditionsMet(), r.rate().value(), r.rate().numerator(), r.rate().denominator(),
                    r.standard());
        }
    }

    record RevealLogBody(long id, OffsetDateTime revealedAt, String revealedBy, long customerId, String accountNumber,
                         PersonalField field, String purpose) {

        static RevealLogBody of(RevealRecord r, ZoneId zone) {
            return new RevealLogBody(r.id(), r.revealedAt().atZone(zone).toOffsetDateTime(), r.revealedBy(),
                    r.customerId(), r.accountNumber(), r.field(), r.purpose());
        }
    }
}
