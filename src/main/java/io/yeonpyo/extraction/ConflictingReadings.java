package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * The date and the amount of a merged event, chosen from what its sources say, and the readings that disagree with
 * them kept as {@link Conflict}s: choosing by support and recording disagreement is one job of {@link EventMerger},
 * apart from grouping the mentions.
 */
final class ConflictingReadings {

    private ConflictingReadings() {
    }

    /** The finest date compatible with most sources; every incompatible reading goes into the conflicts. */
    static PartialDate bestDate(List<SourcedMention> cluster, List<Conflict> conflicts) {
        // distinct dates with how many sources give each, in source order: support is counted per distinct date
        Map<PartialDate, Long> counts = new LinkedHashMap<>();
        cluster.stream().map(s -> s.mention().date()).filter(Objects::nonNull)
                .forEach(d -> counts.merge(d, 1L, Long::sum));
        if (counts.isEmpty()) {
            return null;
        }
        // a year-level mention agrees with every day of its year, so support alone would always pick the year: the
        // finest reading that at least half of the dated sources agree with is chosen
        long datedSources = counts.values().stream().mapToLong(Long::longValue).sum();
        PartialDate best = null;
        long bestSupport = -1;
        for (PartialDate d : counts.keySet()) {
            long support = counts.entrySet().stream().filter(e -> e.getKey().compatibleWith(d))
                    .mapToLong(Map.Entry::getValue).sum();
            boolean majority = 2 * support >= datedSources;
            boolean bestMajority = 2 * bestSupport >= datedSources;
            boolean better;
            if (best == null || majority != bestMajority) {
                better = best == null || majority;
            } else if (majority) {
                better = d.isFinerThan(best) || (!best.isFinerThan(d) && (support > bestSupport
                        || (support == bestSupport && d.iso().compareTo(best.iso()) < 0)));
            } else {
                better = support > bestSupport || (support == bestSupport && d.isFinerThan(best));
            }
            if (better) {
                best = d;
                bestSupport = support;
            }
        }
        PartialDate chosen = best;
        if (counts.keySet().stream().anyMatch(d -> !d.compatibleWith(chosen))) {
            Map<PartialDate, Side> sides = new LinkedHashMap<>();
            cluster.stream().filter(s -> s.mention().date() != null)
                    .sorted(Comparator.comparing((SourcedMention s) -> s.mention().date().firstDay())
                            .thenComparing(s -> s.mention().date().iso()).thenComparing(EventMerger.SOURCE_ORDER))
                    .forEach(s -> sides.computeIfAbsent(s.mention().date(), d -> new Side(s.mention().dateText()))
                            .articleIds.add(s.articleId()));
            conflicts.add(conflict(Conflict.Kind.DATE, sides, (date, side) -> side.reading(date, null)));
        }
        return chosen;
    }

    static Amount bestAmount(List<SourcedMention> cluster, List<Conflict> conflicts) {
        // readings: one per group of amounts naming the same sum, keyed by the first one's text, in source order
        List<Amount> firsts = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        List<Set<String>> sources = new ArrayList<>();
        Map<Amount, Integer> groupOf = new HashMap<>();
        for (SourcedMention s : cluster) {
            Amount a = s.mention().amount();
            if (a == null) {
                continue;
            }
            Integer g = groupOf.get(a);
            if (g == null) {
                g = -1;
                for (int k = 0; k < firsts.size() && g < 0; k++) {
                    if (MentionCluster.sameAmount(firsts.get(k), a)) {
                        g = k;
                    }
                }
                if (g < 0) {
                    g = firsts.size();
                    firsts.add(a);
                    counts.add(0L);
                    sources.add(new TreeSet<>());
                }
                groupOf.put(a, g);
            }
            counts.set(g, counts.get(g) + 1);
            sources.get(g).add(s.articleId());
        }
        if (firsts.isEmpty()) {
            return null;
        }
        // support of an amount: the sources whose amount names the same sum
        Map<Amount, Long> perAmount = new LinkedHashMap<>();
        cluster.stream().map(s -> s.mention().amount()).filter(Objects::nonNull)
                .forEach(a -> perAmount.merge(a, 1L, Long::sum));
        Amount best = null;
        long bestSupport = -1;
        for (Amount a : perAmount.keySet()) {
            long support = perAmount.entrySet().stream().filter(e -> MentionCluster.sameAmount(e.getKey(), a))
                    .mapToLong(Map.Entry::getValue).sum();
            boolean better = support > bestSupport || (support == bestSupport && a.isMoney() && !best.isMoney());
            if (better) {
                best = a;
                bestSupport = support;
            }
        }
        Amount chosen = best;
        if (perAmount.keySet().stream().anyMatch(a -> !MentionCluster.sameAmount(a, chosen))) {
            Map<Amount, Side> sides = new LinkedHashMap<>();
            for (int k = 0; k < firsts.size(); k++) {
                Side side = new Side(firsts.get(k).text());
                side.articleIds.addAll(sources.get(k));
                sides.put(firsts.get(k), side);
            }
            conflicts.add(conflict(Conflict.Kind.AMOUNT, sides, (a, side) -> side.reading(null, a)));
        }
        return chosen;
    }

    /** The articles that give one reading, and how the first of them wrote it. */
    private static final class Side {
        final String quote;
        final Set<String> articleIds = new TreeSet<>();

        Side(String quote) {
            this.quote = quote;
        }

        /** Lists {@link Conflict#SHOWN} articles and counts the rest: a conflict stays short however many. */
        Conflict.Reading reading(PartialDate date, Amount amount) {
            List<String> shown = articleIds.stream().limit(Conflict.SHOWN).toList();
            return new Conflict.Reading(date, amount, quote, shown, articleIds.size() - shown.size());
        }
    }

    private static <V> Conflict conflict(Conflict.Kind kind, Map<V, Side> sides,
                                         BiFunction<V, Side, Conflict.Reading> reading) {
        List<Conflict.Reading> readings = sides.entrySet().stream().limit(Conflict.SHOWN)
                .map(e -> reading.apply(e.getKey(), e.getValue())).toList();
        return new Conflict(kind, readings, sides.size() - readings.size());
    }
}
