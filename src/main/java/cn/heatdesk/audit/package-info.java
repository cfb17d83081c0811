/**
 * The append-only audit trail (R-SYS-3): who changed what, when, with the state before and after.
 */
package cn.heatdesk.audit;
