/**
 * The work order's rules as plain Java: the aggregate with its guarded transitions and timeline, the
 * deadline plan and tracked deadlines, scripts and forbidden expressions, spot-check sampling. No
 * Spring, no database; time comes in as a parameter.
 */
@org.springframework.modulith.NamedInterface("domain")
package cn.heatdesk.workorders.domain;
