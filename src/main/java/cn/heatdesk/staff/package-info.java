/**
 * Staff accounts: who may sign in to HeatDesk, with which password and in which role.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff accounts", allowedDependencies = {})
package cn.heatdesk.staff;
