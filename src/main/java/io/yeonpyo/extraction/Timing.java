package io.yeonpyo.extraction;

/**
 * Whether a dated event has happened, is scheduled, or is a deadline or term. Planned and deadline events are dated
 * forward from the publication ("오는 6월 10일 시작될 예정", "2030년까지 진행되는 계약") and shown as such.
 */
public enum Timing {
    /** Reported as done: the default. */
    DONE,
    /** Scheduled or announced for a later date: "재판은 오는 6월 10일 시작될 예정이다". */
    PLANNED,
    /** A date by which something must happen or until which an agreement runs: "2030년까지", "연말까지 …하지 않으면". */
    DEADLINE
}
