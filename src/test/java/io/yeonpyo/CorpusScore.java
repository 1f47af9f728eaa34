package io.yeonpyo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * The development corpus's gold events ({@code gold.json}) scored against the events the API serves, with exactly the
 * matching rules of {@code shared/tools/score.py}: a gold event is found by an API event whose date equals one of its
 * accepted dates or lies under one, whose type is one of its types and whose actors include all of its actors; a
 * clause by type, actors and a keyword in the headline or a source sentence. Dated precision is the share of dated API
 * events that match some gold entry.
 */
final class CorpusScore {

    final List<String> lines = new ArrayList<>();
    final List<String> failedChecks = new ArrayList<>();
    final Map<String, int[]> coreByArticle = new TreeMap<>(); // article prefix → {found, total}
    int coreFound;
    int coreTotal;
    int dated;
    int datedMatching;
    int total;
    int unknownActorsFound;
    int unknownActors;

    static CorpusScore of(JsonNode gold, List<JsonNode> events, List<JsonNode> actors) {
        CorpusScore score = new CorpusScore();
        score.total = events.size();
        Set<Integer> matched = new HashSet<>();
        for (JsonNode g : gold.get("events")) {
            List<Integer> hits = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                JsonNode e = events.get(i);
                if (dateOk(e.get("date"), texts(g.get("dates"))) && texts(g.get("types")).contains(text(e.get("type")))
                        && actorsOf(e).containsAll(texts(g.get("actors")))) {
                    hits.add(i);
                }
            }
            matched.addAll(hits);
            String status = hits.isEmpty() ? "MISS" : "ok";
            String id = g.get("id").asString();
            if (!hits.isEmpty() && g.has("min_sources")) {
                int want = g.get("min_sources").asInt();
                int best = hits.stream().mapToInt(i -> sourcesOf(events.get(i)).size()).max().orElse(0);
                if (best < want) {
                    status = "ok-but-sources=" + best + "<" + want;
                    score.failedChecks.add(id + " not merged across sources");
                }
            }
            if (!hits.isEmpty() && g.path("conflict").asBoolean(false)
                    && hits.stream().noneMatch(i -> events.get(i).path("conflicts").size() > 0)) {
                status += " no-conflict-flag";
                score.failedChecks.add(id + " conflict not flagged");
            }
            boolean core = g.get("core").asBoolean();
            score.count(core, !hits.isEmpty(), texts(g.get("sources")));
            score.lines.add(String.format("%-6s %-4s %-26s %s", id, core ? "core" : "opt", status,
                    g.get("what").asString()));
        }
        for (JsonNode c : gold.path("clauses")) {
            List<Integer> hits = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                JsonNode e = events.get(i);
                String text = textOf(e);
                if (texts(c.get("types")).contains(text(e.get("type"))) && actorsOf(e).containsAll(texts(c.get("actors")))
                        && texts(c.get("keywords")).stream().anyMatch(text::contains)) {
                    hits.add(i);
                }
            }
            matched.addAll(hits);
            boolean core = c.get("core").asBoolean();
            score.count(core, !hits.isEmpty(), texts(c.path("sources")));
            score.lines.add(String.format("%-6s %-4s %-26s %s", c.get("id").asString(), core ? "core" : "opt",
                    hits.isEmpty() ? "MISS" : "ok", c.get("what").asString()));
        }
        for (int i = 0; i < events.size(); i++) {
            JsonNode e = events.get(i);
            if (!e.get("date").isNull()) {
                score.dated++;
                if (matched.contains(i)) {
                    score.datedMatching++;
                } else {
                    score.lines.add("  extra: " + text(e.get("date")) + " " + text(e.get("type")) + " "
                            + actorsOf(e).stream().sorted().toList() + " " + text(e.get("headline")));
                }
            }
        }
        score.scoreActors(gold.path("unknown_actors"), actors);
        return score;
    }

    private void count(boolean core, boolean found, List<String> sources) {
        if (!core) {
            return;
        }
        coreTotal++;
        coreFound += found ? 1 : 0;
        for (String source : new LinkedHashSet<>(sources)) {
            int[] tally = coreByArticle.computeIfAbsent(source.replaceAll("_$", ""), k -> new int[2]);
            tally[0] += found ? 1 : 0;
            tally[1]++;
        }
    }

    private void scoreActors(JsonNode unknown, List<JsonNode> actors) {
        List<String> names = new ArrayList<>();
        for (JsonNode a : actors) {
            addText(names, a.get("nameKo"));
            addText(names, a.get("nameEn"));
            for (JsonNode alias : a.path("aliases")) {
                addText(names, alias);
            }
        }
        for (JsonNode u : unknown) {
            unknownActors++;
            List<String> variants = texts(u.get("name_variants"));
            boolean hit = variants.stream().anyMatch(v -> names.stream()
                    .anyMatch(n -> v.equals(n) || (v.length() >= 3 && n.contains(v))));
            unknownActorsFound += hit ? 1 : 0;
            lines.add(String.format("actor  %-4s %s", hit ? "ok" : "MISS", String.join(" / ", variants)));
        }
    }

    double recall() {
        return coreTotal == 0 ? 0 : (double) coreFound / coreTotal;
    }

    double datedPrecision() {
        return dated == 0 ? 0 : (double) datedMatching / dated;
    }

    String summary() {
        return String.format("core recall %d/%d=%.2f; dated events %d, matching gold %d (%.2f); total events %d; "
                        + "unknown actors found %d/%d; %s", coreFound, coreTotal, recall(), dated, datedMatching,
                datedPrecision(), total, unknownActorsFound, unknownActors,
                failedChecks.isEmpty() ? "merge/conflict checks hold" : String.join("; ", failedChecks));
    }

    private static boolean dateOk(JsonNode date, List<String> accepted) {
        if (date == null || date.isNull()) {
            return false;
        }
        String d = date.asString();
        return accepted.stream().anyMatch(g -> d.equals(g) || d.startsWith(g + "-"));
    }

    private static Set<String> actorsOf(JsonNode event) {
        Set<String> out = new HashSet<>();
        for (JsonNode a : event.path("actors")) {
            out.add(a.asString());
        }
        return out;
    }

    private static Set<String> sourcesOf(JsonNode event) {
        Set<String> out = new HashSet<>();
        for (JsonNode s : event.path("sources")) {
            out.add(s.path("article").asString());
        }
        return out;
    }

    private static String textOf(JsonNode event) {
        StringBuilder out = new StringBuilder(text(event.get("headline")));
        for (JsonNode s : event.path("sources")) {
            out.append(' ').append(text(s.get("sentence")));
        }
        return out.toString();
    }

    private static List<String> texts(JsonNode array) {
        return array == null ? List.of()
                : StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.asString();
    }

    private static void addText(List<String> out, JsonNode node) {
        if (node != null && !node.isNull() && !node.asString().isEmpty()) {
            out.add(node.asString());
        }
    }
}
