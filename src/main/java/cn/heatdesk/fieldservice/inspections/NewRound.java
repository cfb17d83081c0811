package cn.heatdesk.fieldservice.inspections;

import java.time.LocalDate;

/** An inspection round (巡检) of one area on one day; {@code inspectedOn} defaults to today, the inspector to the caller. */
public record NewRound(Long areaId, LocalDate inspectedOn, String inspector, String note) {
}
