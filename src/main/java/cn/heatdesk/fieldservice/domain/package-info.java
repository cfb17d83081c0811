/**
 * The home-visit rules as plain Java (R-HOME-1..2): the ten-step method, the visit record with its checklist, paid
 * items with consent and damage with its remedy, and photo checks. No Spring, no database.
 */
@org.springframework.modulith.NamedInterface("domain")
package cn.heatdesk.fieldservice.domain;
