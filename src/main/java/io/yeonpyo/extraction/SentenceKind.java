package io.yeonpyo.extraction;

/** Body sentences carry events; the rest is page furniture kept for display only. */
public enum SentenceKind {
    BODY, HEADLINE, CLUTTER, RELATED_HEADLINE
}
