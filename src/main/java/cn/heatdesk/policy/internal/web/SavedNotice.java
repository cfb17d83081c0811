package cn.heatdesk.policy.internal.web;

import java.io.Serializable;
import java.util.List;

/** The flash message after a saved change: a message key and its arguments, put into words by the page. */
record SavedNotice(String key, List<String> args) implements Serializable {
}
