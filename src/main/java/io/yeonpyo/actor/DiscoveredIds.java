package io.yeonpyo.actor;

import io.yeonpyo.extraction.DiscoveredActor;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every id ever given to a discovered actor, with its spellings (V6 discovered_actor_id): a published link keeps
 * working when the actor is later listed in {@code data/actors.yml} or discovery names it differently, because the
 * spellings lead to whoever holds them now.
 */
@Component
class DiscoveredIds {

    /** Spellings are stored joined by this separator, which no name contains. */
    private static final String SEPARATOR = "\n";

    private final JdbcTemplate jdbc;

    DiscoveredIds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void remember(List<DiscoveredActor> actors) {
        Set<String> known = new HashSet<>(jdbc.queryForList("select id from discovered_actor_id", String.class));
        List<Object[]> rows = actors.stream().filter(a -> !known.contains(a.id()))
                .map(a -> new Object[] {a.id(), String.join(SEPARATOR, a.spellings())}).toList();
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("insert into discovered_actor_id (id, spellings) values (?, ?)", rows);
        }
    }

    Optional<List<String>> spellings(String id) {
        return jdbc.queryForList("select spellings from discovered_actor_id where id = ?", String.class, id).stream()
                .findFirst().map(s -> List.of(s.split(SEPARATOR)));
    }
}
