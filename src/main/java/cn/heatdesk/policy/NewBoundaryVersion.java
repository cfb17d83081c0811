package cn.heatdesk.policy;

import java.time.LocalDate;

import cn.heatdesk.policy.domain.BoundaryLocation;

/**
 * An administrator's new property-boundary version (R-BOUND-4): where the company's part ends for
 * each customer kind, and (residential) where the owners' shared part ends.
 */
public record NewBoundaryVersion(String document, String article, String note, LocalDate effectiveFrom,
                                 LocalDate effectiveTo, BoundaryLocation residentialCompanyUpTo,
                                 BoundaryLocation residentialCollectiveUpTo,
                                 BoundaryLocation institutionalCompanyUpTo) {
}
