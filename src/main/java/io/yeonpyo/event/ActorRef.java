package io.yeonpyo.event;

import io.yeonpyo.extraction.ActorKind;

/** An actor as named on an event: enough to print and link it. */
public record ActorRef(String id, String name, ActorKind kind) {
}
