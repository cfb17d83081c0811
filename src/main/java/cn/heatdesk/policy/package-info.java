/**
 * Season and policy: the policy engine that answers the seed's calendar, temperature, heating-rate,
 * boundary, fee and deadline questions over versioned, audited policy data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Season & policy")
package cn.heatdesk.policy;
