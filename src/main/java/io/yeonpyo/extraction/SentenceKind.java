package io.yeonpyo.extraction;

/** Body sentences carry events; the rest is page furniture kept for display only. */
public enum SentenceKind {
    BODY, HEADLINE, CLUTTER, RELATED_HEADLINE,
    /** A subheading that opens with a date ("■ 1월 21일 - '스타게이트' 출범"): it dates the paragraphs under it. */
    SECTION_HEADING
}
