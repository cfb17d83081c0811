package cn.heatdesk.web;

import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import cn.heatdesk.policy.PolicyEngine;
import cn.heatdesk.policy.domain.SeasonAnswer;
import cn.heatdesk.policy.domain.SeasonCalendar;

/** The home page: today's place in the heating year, in words an agent can read out at 3 a.m. */
@Controller
class HomeController {

    private final PolicyEngine policy;

    HomeController(PolicyEngine policy) {
        this.policy = policy;
    }

    @GetMapping("/")
    String home(Model model) {
        SeasonCalendar calendar = policy.calendar();
        SeasonAnswer answer = calendar.phaseAt(policy.now());
        LocalDate today = answer.at().atZone(calendar.zone()).toLocalDate();
        model.addAttribute("season", SeasonToday.of(answer, today, calendar.seasonForSuspensionApplication(today)));
        model.addAttribute("zone", calendar.zone());
        return "home/index";
    }
}
