/**
 * The assessment's rules as plain Java: exact ratios, the kinds of record, one line of the 考核 table. No Spring, no
 * database.
 */
@org.springframework.modulith.NamedInterface("domain")
package cn.heatdesk.assessment.domain;
