package cn.heatdesk.policy.internal.web;

import java.io.Serializable;
import java.util.List;

/**
 * The flash message after a saved change: a message key and its arguments, put into words by the page,
 * and the form it came from, so the page shows it in the section the browser lands on.
 */
record SavedNotice(String key, List<String> args, String form) implements Serializable {

    SavedNotice(String key, List<String> args) {
        this(key, args, null);
    }

    SavedNotice in(String form) {
        return new SavedNotice(key, args, form);
    }
}
