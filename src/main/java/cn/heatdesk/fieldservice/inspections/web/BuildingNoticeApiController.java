package cn.heatdesk.fieldservice.inspections.web;

import java.time.LocalDate;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.heatdesk.fieldservice.inspections.BuildingNotices;
import cn.heatdesk.fieldservice.inspections.NoticeCoverageView;
import cn.heatdesk.fieldservice.inspections.domain.NoticeKind;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Building notices (注水通知, 缴费通知) and their coverage in the current phase of the season (R-BUTLER-2). */
@RestController
@RequestMapping("/api/v1/building-notices")
@Tag(name = "Building notices", description = "楼栋通知张贴(注水通知、缴费通知)与覆盖情况")
class BuildingNoticeApiController {

    record PostBody(Long buildingId, NoticeKind kind, LocalDate postedOn) {
    }

    private final BuildingNotices notices;

    BuildingNoticeApiController(BuildingNotices notices) {
        this.notices = notices;
    }

    @GetMapping
    @Operation(summary = "Coverage of the current phase: every building in scope (or one area) with posted and missing notices")
    NoticeCoverageView coverage(@RequestParam(required = false) Long areaId,
                                @AuthenticationPrincipal StaffPrincipal principal) {
        return notices.coverage(areaId, InspectionApiController.staff(principal));
    }

    @PostMapping
    @Operation(summary = "Record a notice posted in a building for the current phase; 409 when already recorded")
    ResponseEntity<NoticeCoverageView> post(@RequestBody PostBody body, @AuthenticationPrincipal StaffPrincipal principal) {
        StaffMember viewer = InspectionApiController.staff(principal);
        if (body.buildingId() == null) {
            throw new cn.heatdesk.common.InvalidInputException("MISSING_FIELD", "buildingId", "请选择楼栋");
        }
        notices.post(body.buildingId(), body.kind(), body.postedOn(), viewer);
        return ResponseEntity.status(201).body(notices.coverage(null, viewer));
    }
}
