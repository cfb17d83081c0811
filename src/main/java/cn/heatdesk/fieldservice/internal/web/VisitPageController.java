package cn.heatdesk.fieldservice.internal.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.heatdesk.common.ConflictException;
import cn.heatdesk.common.ForbiddenException;
import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.fieldservice.HomeVisitView;
import cn.heatdesk.fieldservice.HomeVisits;
import cn.heatdesk.fieldservice.VisitPhoto;
import cn.heatdesk.fieldservice.domain.ChecklistStep;
import cn.heatdesk.fieldservice.domain.HomeVisit;
import cn.heatdesk.fieldservice.domain.PhotoCheck;
import cn.heatdesk.fieldservice.domain.Remedy;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffPrincipal;

/**
 * The butler's phone pages (入户服务, R-HOME-1..2): today's visits in order, check-in, the ten-step checklist, work,
 * paid items, damage, photos, finish; and the follow-up calls of step 10 for the hotline and market service.
 * Every form posts and redirects back (post/redirect/get); a refusal comes back as a Chinese message.
 */
@Controller
class VisitPageController {

    private final HomeVisits visits;

    VisitPageController(HomeVisits visits) {
        this.visits = visits;
    }

    @GetMapping("/visits")
    String today(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        model.addAttribute("visits", visits.today(member(principal)));
        return "visits/today";
    }

    @PostMapping("/visits/start")
    String start(@RequestParam long appointmentId, @AuthenticationPrincipal StaffPrincipal principal,
                 RedirectAttributes redirect) {
        try {
            HomeVisit visit = visits.start(appointmentId, member(principal));
            return "redirect:/visits/" + visit.id();
        } catch (InvalidInputException | ConflictException | ForbiddenException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
            return "redirect:/visits";
        }
    }

    @GetMapping("/visits/{id}")
    String visit(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal principal, Model model) {
        HomeVisitView view = visits.visit(id, member(principal));
        model.addAttribute("v", view);
        model.addAttribute("steps", List.of(ChecklistStep.values()));
        model.addAttribute("remedies", List.of(Remedy.values()));
        return "visits/visit";
    }

    @PostMapping("/visits/{id}/steps/{step}")
    String tick(@PathVariable long id, @PathVariable int step, @AuthenticationPrincipal StaffPrincipal principal,
                RedirectAttributes redirect) {
        return act(id, "step-" + step, redirect, () -> visits.tick(id, step, member(principal)));
    }

    @PostMapping("/visits/{id}/work")
    String work(@PathVariable long id, @RequestParam(required = false) String workDone,
                @RequestParam(required = false) String parts, @AuthenticationPrincipal StaffPrincipal principal,
                RedirectAttributes redirect) {
        return act(id, "work", redirect, () -> visits.recordWork(id, workDone, parts, member(principal)));
    }

    @PostMapping("/visits/{id}/paid-items")
    String paidItem(@PathVariable long id, @RequestParam(required = false) String description,
                    @RequestParam(required = false) String amount, @RequestParam(required = false) String consent,
                    @AuthenticationPrincipal StaffPrincipal principal, RedirectAttributes redirect) {
        return act(id, "paid", redirect, () -> visits.addPaidItem(id, description, money(amount), consent,
                member(principal)));
    }

    @PostMapping("/visits/{id}/damages")
    String damage(@PathVariable long id, @RequestParam(required = false) String description,
                  @RequestParam(required = false) Remedy remedy, @RequestParam(required = false) String remedyNote,
                  @AuthenticationPrincipal StaffPrincipal principal, RedirectAttributes redirect) {
        return act(id, "damage", redirect, () -> visits.addDamage(id, description, remedy, remedyNote,
                member(principal)));
    }

    @PostMapping("/visits/{id}/photos")
    String photo(@PathVariable long id, @RequestParam(required = false) MultipartFile photo,
                 @RequestParam(required = false) String caption, @AuthenticationPrincipal StaffPrincipal principal,
                 RedirectAttributes redirect) {
        return act(id, "photos", redirect, () -> visits.addPhoto(id, bytes(photo), caption, member(principal)));
    }

    @GetMapping("/visits/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photoContent(@PathVariable long id, @PathVariable long photoId,
                                        @AuthenticationPrincipal StaffPrincipal principal) {
        VisitPhoto.Content photo = visits.photo(id, photoId, member(principal));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.info().contentType()))
                .cacheControl(CacheControl.noStore()).header("X-Content-Type-Options", "nosniff")
                .body(photo.content());
    }

    @PostMapping("/visits/{id}/finish")
    String finish(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal principal,
                  RedirectAttributes redirect) {
        return act(id, "finish", redirect, () -> visits.finish(id, member(principal)));
    }

    @GetMapping("/visits/follow-ups")
    String followUps(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        StaffMember me = member(principal);
        model.addAttribute("open", visits.openFollowUps(me));
        model.addAttribute("done", visits.doneFollowUps(me));
        return "visits/follow-ups";
    }

    @PostMapping("/visits/follow-ups/{id}")
    String recordFollowUp(@PathVariable long id, @RequestParam(defaultValue = "false") boolean reached,
                          @RequestParam(required = false) Boolean satisfied,
                          @RequestParam(required = false) String comment,
                          @AuthenticationPrincipal StaffPrincipal principal, RedirectAttributes redirect) {
        try {
            visits.recordFollowUp(id, reached, satisfied, comment, member(principal));
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInputException | ConflictException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/visits/follow-ups";
    }

    private static String act(long id, String anchor, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", anchor);
        } catch (InvalidInputException | ConflictException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
            redirect.addFlashAttribute("errorAt", anchor);
        }
        return "redirect:/visits/" + id + "#" + anchor;
    }

    private static BigDecimal money(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("INVALID_AMOUNT", "amount", "金额请填写数字，如 80 或 80.50");
        }
    }

    static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("EMPTY_PHOTO", "photo", "请选择照片");
        }
        if (file.getSize() > PhotoCheck.MAX_BYTES) {
            throw new InvalidInputException("PHOTO_TOO_LARGE", "photo", "照片不能超过 5 MB");
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new InvalidInputException("UNREADABLE_PHOTO", "photo", "照片没有上传完整，请重试");
        }
    }

    static void require(Object value, String field) {
        if (value == null) {
            throw new InvalidInputException("MISSING_FIELD", field, "缺少必填项 " + field);
        }
    }

    static StaffMember member(StaffPrincipal principal) {
        if (principal == null) {
            throw new ForbiddenException("只有员工账号可以办理入户服务");
        }
        return principal.toMember();
    }
}
