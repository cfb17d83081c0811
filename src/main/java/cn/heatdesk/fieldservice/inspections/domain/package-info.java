/**
 * The rules of inspections and notices (R-BUTLER-2..3) as plain Java: where a finding goes, the repair
 * plan's status steps, a rectification notice's delivery and re-inspection, the phases of the season in
 * which building notices are posted and the coverage of those notices. No Spring, no database, no clock.
 */
package cn.heatdesk.fieldservice.inspections.domain;
