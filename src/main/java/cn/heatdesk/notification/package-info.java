/**
 * One-time notification (一次性告知): the catalog of business items and the notices given at the counter or on
 * the phone, listing all missing materials at once (R-NOTIFY-1..6, R-SUSPEND-1).
 */
@org.springframework.modulith.ApplicationModule(displayName = "One-time notification")
package cn.heatdesk.notification;
