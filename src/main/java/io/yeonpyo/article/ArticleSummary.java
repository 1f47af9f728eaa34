package io.yeonpyo.article;

import io.yeonpyo.extraction.PartialDate;

/** An article in lists: {@code published} is null when unknown. */
public record ArticleSummary(String id, String title, String outlet, PartialDate published,
                             PublishedOrigin publishedOrigin, int eventCount) {
}
