package io.yeonpyo.extraction;

/**
 * What a date expression is resolved against: the article's publication, the date the text gave last and the last
 * day it named (any may be null). Its own type because both the finder ({@link DateExpressions}) and the resolvers
 * ({@link DateResolvers}, {@link ElapsedDates}) pass it along.
 *
 * @param lastDay the last date of day precision the text gave: "전날" counts from the day last told, not from a
 *                year given since as background ("16일 … 2015년 공동 창업하면서 … 앞서 판사는 전날")
 */
record DateAnchor(PartialDate published, PartialDate context, PartialDate lastDay) {
}
