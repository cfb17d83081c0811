/**
 * Shared kernel: the application clock and the error types every module may raise.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.heatdesk.common;
