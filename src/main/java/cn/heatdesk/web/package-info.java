/**
 * The web shell: the page layout, navigation by role, the language switch, the home page and the error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package cn.heatdesk.web;
