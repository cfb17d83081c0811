/**
 * The one-time notification rules as plain Java: business items with their versions, the material check that lists
 * everything missing at once, follow-up notices with only the new items, and the suspension closing date.
 */
@org.springframework.modulith.NamedInterface("domain")
package cn.heatdesk.notification.domain;
