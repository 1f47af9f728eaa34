package io.yeonpyo.article;

/** How an article's publication date was learnt. */
public enum PublishedOrigin {
    FRONT_MATTER, PRINTED_IN_TEXT, UNKNOWN
}
