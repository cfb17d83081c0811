package cn.heatdesk.policy.domain;

/** A policy version: its rules plus where they come from. */
public interface Versioned {

    PolicyReference reference();
}
