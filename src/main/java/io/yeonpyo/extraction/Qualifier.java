package io.yeonpyo.extraction;

/** Part of a year or month: 초 (early), 중순 (mid), 말 (late). */
public enum Qualifier {
    EARLY, MID, LATE
}
