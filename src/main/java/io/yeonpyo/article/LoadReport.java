package io.yeonpyo.article;

import java.time.Instant;
import java.util.List;

/**
 * The result of one pass over the articles folder.
 *
 * @param problem what went wrong beyond single files (the rebuild of the timeline), or null
 */
public record LoadReport(Instant startedAt, Instant finishedAt, List<LoadOutcome> outcomes, int events,
                         LoadNote problem) {

    public LoadReport {
        outcomes = List.copyOf(outcomes);
    }

    public long count(LoadOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }
}
