package io.yeonpyo.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.yeonpyo.extraction.EventType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.yaml.snakeyaml.Yaml;

/**
 * The loader's timeline of the five seed articles against the hand-written list of events a careful reader finds
 * in them ({@code golden/events.yml}). Prints recall and precision of dated events and every miss.
 */
@SpringBootTest
class GoldenEventsTest {

    @Autowired
    EventCatalog catalog;

    @Test
    void datedEventsMatchTheGoldenList() throws IOException {
        List<GoldenEvent> golden = readGolden();
        List<EventView> produced = catalog.search(EventFilter.NONE, 0, 1000).events().stream()
                .filter(e -> e.date() != null).toList();

        Set<EventView> matchedProduced = new HashSet<>();
        List<GoldenEvent> missed = new ArrayList<>();
        List<String> wrongDates = new ArrayList<>();
        int requiredMatched = 0;
        for (GoldenEvent expected : golden) {
            EventView match = produced.stream().filter(e -> !matchedProduced.contains(e))
                    .filter(expected::matches).findFirst().orElse(null);
            if (match != null) {
                matchedProduced.add(match);
                if (!expected.optional()) {
                    requiredMatched++;
                }
                if (expected.conflict() && match.conflicts().isEmpty()) {
                    wrongDates.add(expected.id() + ": sources disagree on the date but no conflict is recorded");
                }
            } else if (!expected.optional()) {
                missed.add(expected);
            }
        }
        // A wrong date is an unmatched event that fits a missed entry in all but its date; an event already
        // matched to another entry is that entry's, not a misdated copy of this one.
        for (GoldenEvent expected : missed) {
            produced.stream().filter(e -> !matchedProduced.contains(e)).filter(expected::matchesIgnoringDate)
                    .findFirst().ifPresent(e -> wrongDates.add(expected.id() + ": expected " + expected.dates()
                            + " but got " + e.date() + " (" + e.slug() + ")"));
        }
        List<EventView> falsePositives = produced.stream().filter(e -> !matchedProduced.contains(e)).toList();
        long required = golden.stream().filter(g -> !g.optional()).count();
        long judged = produced.size() - (matchedProduced.size() - requiredMatched); // optional matches not judged
        double recall = (double) requiredMatched / required;
        double precision = judged == 0 ? 0 : (double) requiredMatched / judged;

        System.out.printf("%nGOLDEN: %d dated events produced, %d required golden events, %d optional%n",
                produced.size(), required, golden.size() - required);
        System.out.printf("GOLDEN: recall %.3f (%d/%d), precision %.3f (%d/%d), wrong dates %d%n",
                recall, requiredMatched, required, precision, requiredMatched, judged, wrongDates.size());
        missed.forEach(g -> System.out.println("GOLDEN miss: " + g.id() + " — " + g.text()));
        falsePositives.forEach(e -> System.out.println("GOLDEN extra: " + e.slug() + " " + e.date() + " " + e.type()
                + " " + e.actors().stream().map(ActorRef::id).toList() + " — " + e.headline()));
        wrongDates.forEach(w -> System.out.println("GOLDEN wrong date: " + w));

        assertThat(wrongDates).as("wrong dates among matched events").isEmpty();
        assertThat(recall).as("recall of dated events").isGreaterThanOrEqualTo(0.95);
        assertThat(precision).as("precision of dated events").isGreaterThanOrEqualTo(0.95);
    }

    @SuppressWarnings("unchecked")
    private static List<GoldenEvent> readGolden() throws IOException {
        try (InputStream in = GoldenEventsTest.class.getResourceAsStream("/golden/events.yml")) {
            List<Map<String, Object>> entries = new Yaml().load(in);
            return entries.stream().map(GoldenEvent::of).toList();
        }
    }

    private record GoldenEvent(String id, boolean optional, boolean conflict, Set<EventType> types,
                               List<String> actors, List<String> anyOf, List<String> dates, String text) {

        @SuppressWarnings("unchecked")
        static GoldenEvent of(Map<String, Object> entry) {
            Set<EventType> types = new HashSet<>();
            ((List<String>) entry.get("types")).forEach(t -> types.add(EventType.valueOf(t)));
            return new GoldenEvent((String) entry.get("id"), Boolean.TRUE.equals(entry.get("optional")),
                    Boolean.TRUE.equals(entry.get("conflict")), types,
                    (List<String>) entry.getOrDefault("actors", List.of()),
                    (List<String>) entry.getOrDefault("any_of", List.of()),
                    (List<String>) entry.get("dates"), (String) entry.get("text"));
        }

        boolean matches(EventView event) {
            return matchesIgnoringDate(event) && dates.contains(event.date().toString());
        }

        boolean matchesIgnoringDate(EventView event) {
            List<String> ids = event.actors().stream().map(ActorRef::id).toList();
            return types.contains(event.type()) && ids.containsAll(actors)
                    && (anyOf.isEmpty() || anyOf.stream().anyMatch(ids::contains));
        }
    }
}
