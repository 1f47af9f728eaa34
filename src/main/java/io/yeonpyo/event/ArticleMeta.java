package io.yeonpyo.event;

import io.yeonpyo.extraction.PartialDate;

/** What an event source shows of its article. {@code publishedOn} is null when unknown. */
public record ArticleMeta(String title, String outlet, PartialDate publishedOn) {
}
