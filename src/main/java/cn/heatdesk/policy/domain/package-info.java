/**
 * The seed's rules as plain Java: season calendar, temperature standard, heating rate, property
 * boundary, connection fee and service deadlines. No Spring, no database; time comes in as a
 * parameter.
 */
@org.springframework.modulith.NamedInterface("domain")
package cn.heatdesk.policy.domain;
