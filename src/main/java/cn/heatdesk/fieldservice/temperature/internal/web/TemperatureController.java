package cn.heatdesk.fieldservice.temperature.internal.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import cn.heatdesk.common.ConflictException;
import cn.heatdesk.common.InvalidInputException;
import cn.heatdesk.customers.CustomerFile;
import cn.heatdesk.customers.CustomerFiles;
import cn.heatdesk.fieldservice.NewTemperatureMeasurement;
import cn.heatdesk.fieldservice.OutdoorImport;
import cn.heatdesk.fieldservice.TemperatureMeasurement;
import cn.heatdesk.fieldservice.TemperatureMeasurements;
import cn.heatdesk.policy.PolicyEngine;
import cn.heatdesk.policy.domain.RoomType;
import cn.heatdesk.staff.StaffMember;
import cn.heatdesk.staff.StaffPrincipal;

/**
 * 入户测温 pages (R-TEMP-3..6), phone first: the form for one household (linked from the home visit page with
 * {@code visitId}), the result with the verdict per room, the work order and the fee reduction, and the outdoor
 * temperature page (entry and CSV import). Every form posts without JavaScript.
 */
@Controller
class TemperatureController {

    private static final long MAX_CSV_BYTES = 2L * 1024 * 1024;

    private final TemperatureMeasurements measurements;
    private final CustomerFiles customers;
    private final PolicyEngine policy;

    TemperatureController(TemperatureMeasurements measurements, CustomerFiles customers, PolicyEngine policy) {
        this.measurements = measurements;
        this.customers = customers;
        this.policy = policy;
    }

    @GetMapping("/temperature/new")
    String form(@RequestParam long customerId, @RequestParam(required = false) Long visitId,
                @AuthenticationPrincipal StaffPrincipal principal, Model model) {
        StaffMember viewer = Inputs.viewer(principal);
        CustomerFile file = customers.file(customerId, viewer);
        String now = LocalDateTime.ofInstant(policy.now(), policy.zone()).truncatedTo(ChronoUnit.MINUTES).toString();
        return showForm(MeasurementForm.blank(customerId, visitId, now), file, null, viewer, model);
    }

    @PostMapping("/temperature")
    String record(@ModelAttribute("form") MeasurementForm form, @AuthenticationPrincipal StaffPrincipal principal,
                  Model model) {
        StaffMember viewer = Inputs.viewer(principal);
        CustomerFile file = customers.file(form.getCustomerId() == null ? -1 : form.getCustomerId(), viewer);
        try {
            TemperatureMeasurement m = measurements.record(command(form, policy.zone()), viewer);
            return "redirect:/temperature/" + m.id();
        } catch (InvalidInputException e) {
            return showForm(form, file, e, viewer, model);
        }
    }

    @GetMapping("/temperature/{id}")
    String result(@PathVariable long id, @AuthenticationPrincipal StaffPrincipal principal, Model model) {
        StaffMember viewer = Inputs.viewer(principal);
        model.addAttribute("m", measurements.measurement(id, viewer));
        return "temperature/result";
    }

    @GetMapping("/temperature/outdoor")
    String outdoor(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        StaffMember viewer = Inputs.viewer(principal);
        return showOutdoor(viewer, model);
    }

    @PostMapping("/temperature/outdoor")
    String enterOutdoor(@RequestParam(required = false) String measuredAt, @RequestParam(required = false) String celsius,
                        @AuthenticationPrincipal StaffPrincipal principal, Model model) {
        StaffMember viewer = Inputs.viewer(principal);
        try {
            measurements.enterOutdoor(Inputs.localTime(measuredAt, policy.zone(), "measuredAt"),
                    Inputs.decimal(celsius, "celsius", "室外温度"), viewer);
            model.addAttribute("entered", true);
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("entryError", e.getMessage());
            model.addAttribute("typedAt", measuredAt);
            model.addAttribute("typedCelsius", celsius);
        }
        return showOutdoor(viewer, model);
    }

    @PostMapping("/temperature/outdoor/import")
    String importOutdoor(@RequestParam(required = false) MultipartFile file,
                         @AuthenticationPrincipal StaffPrincipal principal, Model model) throws IOException {
        StaffMember viewer = Inputs.viewer(principal);
        if (file == null || file.isEmpty()) {
            model.addAttribute("importError", "请选择 CSV 文件");
        } else if (file.getSize() > MAX_CSV_BYTES) {
            model.addAttribute("importError", "文件太大：CSV 最大 2 MB");
        } else {
            try (InputStreamReader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                OutdoorImport result = measurements.importOutdoor(reader, viewer);
                model.addAttribute("imported", result);
            } catch (InvalidInputException e) {
                model.addAttribute("importError", e.getMessage());
            }
        }
        return showOutdoor(viewer, model);
    }

    private String showOutdoor(StaffMember viewer, Model model) {
        model.addAttribute("readings", measurements.recentOutdoor(50));
        model.addAttribute("mayRecord", TemperatureMeasurements.OUTDOOR_RECORDERS.contains(viewer.role()));
        model.addAttribute("nowLocal",
                LocalDateTime.ofInstant(policy.now(), policy.zone()).truncatedTo(ChronoUnit.HOURS).toString());
        return "temperature/outdoor";
    }

    private String showForm(MeasurementForm form, CustomerFile file, InvalidInputException error, StaffMember viewer,
                            Model model) {
        model.addAttribute("form", form);
        model.addAttribute("file", file);
        model.addAttribute("roomTypes", RoomType.values());
        model.addAttribute("error", error);
        model.addAttribute("climate", policy.climate());
        model.addAttribute("history", measurements.ofCustomer(file.id(), viewer));
        return "temperature/form";
    }

    static NewTemperatureMeasurement command(MeasurementForm form, ZoneId zone) {
        List<NewTemperatureMeasurement.Room> rooms = new ArrayList<>();
        List<MeasurementForm.RoomForm> rows = form.getRooms() == null ? List.of() : form.getRooms();
        for (int i = 0; i < rows.size(); i++) {
            MeasurementForm.RoomForm row = rows.get(i);
            if (row == null || row.getCelsius() == null || row.getCelsius().isBlank()) {
                continue;
            }
            rooms.add(new NewTemperatureMeasurement.Room(row.getRoomType(), row.getRoomName(),
                    Inputs.decimal(row.getCelsius(), "rooms[" + i + "].celsius", "第 " + (i + 1) + " 个房间的温度"), null));
        }
        Instant at = Inputs.localTime(form.getMeasuredAt(), zone, "measuredAt");
        return new NewTemperatureMeasurement(form.getCustomerId(), form.getVisitId(), at, form.getInstrument(),
                Inputs.decimal(form.getOutdoorCelsius(), "outdoorCelsius", "室外温度"), form.isIndoorSystemNormal(),
                Inputs.decimal(form.getHeatingFeeYuan(), "heatingFeeYuan", "供热费"), rooms);
    }
}
