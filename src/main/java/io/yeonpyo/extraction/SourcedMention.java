package io.yeonpyo.extraction;

/**
 * An event mention together with the article it came from, as input to {@link EventMerger}.
 *
 * @param articleId   article id (file name without extension)
 * @param publishedOn the article's publication date, or null when unknown
 */
public record SourcedMention(String articleId, PartialDate publishedOn, EventMention mention) {
}
