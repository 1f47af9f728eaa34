package io.yeonpyo.extraction;

/**
 * What a date expression is resolved against: the article's publication and the date the text gave last (either
 * may be null). Its own type because both the finder ({@link DateExpressions}) and the resolvers
 * ({@link DateResolvers}, {@link ElapsedDates}) pass it along.
 */
record DateAnchor(PartialDate published, PartialDate context) {
}
