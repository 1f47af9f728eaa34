package io.yeonpyo.article;

import java.util.List;

/** What happened to one file in a load; {@code notes} explain failures and warnings in plain words, in order. */
public record LoadOutcome(String fileName, Status status, int eventMentions, List<LoadNote> notes) {

    public LoadOutcome {
        notes = List.copyOf(notes);
    }

    public enum Status {
        LOADED, UNCHANGED, DUPLICATE, REMOVED, FAILED
    }
}
