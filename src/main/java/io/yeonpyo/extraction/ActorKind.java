package io.yeonpyo.extraction;

public enum ActorKind {
    PERSON, COMPANY
}
