package io.yeonpyo.article;

/** What happened to one file in a load; {@code message} explains failures and warnings in plain words. */
public record LoadOutcome(String fileName, Status status, int eventMentions, String message) {

    public enum Status {
        LOADED, UNCHANGED, DUPLICATE, REMOVED, FAILED
    }
}
