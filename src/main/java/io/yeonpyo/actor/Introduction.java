package io.yeonpyo.actor;

/** A sentence that names a discovered actor, with the article it is in; {@code party} when it acts in it. */
public record Introduction(String articleId, int sentenceIndex, String text, boolean party) {
}
