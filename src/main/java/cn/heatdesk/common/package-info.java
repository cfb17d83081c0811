/**
 * Shared kernel: the application clock, the error types every module may raise, and which database runs.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.heatdesk.common;
