package io.yeonpyo.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups mentions of the same event across articles and records where the sources disagree.
 *
 * <p>Two mentions are the same event when they have the same type and their actors overlap (two shared actors, or
 * the one actor of the sparser mention), and either their dates are compatible (2019 and 2019-07 agree), or they say
 * the very same thing (same headline) with incompatible dates — then it is one event whose {@code conflicts} keeps
 * both readings. An undated mention joins a dated event only when type and actors match exactly and the amounts do
 * not contradict.
 */
public final class EventMerger {

    private static final Comparator<SourcedMention> SOURCE_ORDER = Comparator
            .comparing(SourcedMention::articleId)
            .thenComparingInt(s -> s.mention().sentenceIndex())
            .thenComparing(s -> s.mention().clause())
            .thenComparing(s -> s.mention().type());

    private final Lexicon lexicon;

    public EventMerger(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Deterministic: the same mentions always give the same events with the same slugs. */
    public List<MergedEvent> merge(List<SourcedMention> mentions) {
        // dated mentions first, finest first, so that undated ones find the clusters they may join
        List<SourcedMention> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator
                .comparing((SourcedMention s) -> s.mention().date() == null)
                .thenComparing(s -> s.mention().date() == null ? 0 : -s.mention().date().precision().ordinal())
                .thenComparing(SOURCE_ORDER));
        List<List<SourcedMention>> clusters = new ArrayList<>();
        for (SourcedMention m : ordered) {
            List<SourcedMention> home = null;
            for (List<SourcedMention> cluster : clusters) {
                if (belongs(m, cluster)) {
                    home = cluster;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                clusters.add(home);
            }
            home.add(m);
        }
        List<MergedEvent> events = new ArrayList<>();
        for (List<SourcedMention> cluster : clusters) {
            cluster.sort(SOURCE_ORDER);
            events.add(build(cluster));
        }
        return withUniqueSlugs(events);
    }

    private boolean belongs(SourcedMention candidate, List<SourcedMention> cluster) {
        EventMention m = candidate.mention();
        for (SourcedMention member : cluster) {
            EventMention o = member.mention();
            if (o.type() != m.type()) {
                return false;
            }
        }
        boolean sameThing = cluster.stream().anyMatch(s -> s.mention().headline().equals(m.headline()));
        if (m.date() == null) {
            boolean clusterDated = cluster.stream().anyMatch(s -> s.mention().date() != null);
            if (clusterDated) {
                return sameThing && cluster.stream().allMatch(s -> Set.copyOf(s.mention().actors())
                        .equals(Set.copyOf(m.actors())) && !amountsContradict(s.mention().amount(), m.amount()));
            }
            return cluster.stream().allMatch(s -> actorsOverlap(mainActors(s.mention()), mainActors(m)))
                    && (sameThing || cluster.stream().allMatch(s -> Set.copyOf(s.mention().actors())
                    .equals(Set.copyOf(m.actors()))));
        }
        if (!cluster.stream().allMatch(s -> actorsOverlap(mainActors(s.mention()), mainActors(m)))) {
            return false;
        }
        boolean datesAgree = cluster.stream().map(s -> s.mention().date()).filter(Objects::nonNull)
                .allMatch(d -> d.compatibleWith(m.date()));
        if (RECURRING.contains(m.type()) && !sameThing) {
            // a pair can quarrel or team up many times in one year: the same kind of act must be named
            String act = act(m);
            return datesAgree && cluster.stream().allMatch(s -> act(s.mention()).equals(act));
        }
        return datesAgree || sameThing;
    }

    /** Types whose events recur between the same actors; their mentions merge only on the same act. */
    private static final Set<EventType> RECURRING = Set.of(EventType.FEUD, EventType.PARTNERSHIP, EventType.CONTRACT,
            EventType.OTHER);

    /** The headline without its names: "머스크, 오픈AI에 소송 제기" → "소송 제기". */
    private String act(EventMention m) {
        String act = m.headline();
        for (String id : m.actors()) {
            act = act.replace(lexicon.shortName(id), " ");
        }
        return act.replaceAll("[,·]", " ").replaceAll("(^|\\s)(에|과|와|을|를|에서|으로|로)(?=\\s)", " ")
                .replaceAll("\\s+", " ").strip();
    }

    /**
     * The actors the mention is about: those its headline names (subject and objects), not the ones merely
     * mentioned around them. All actors when the headline names none.
     */
    List<String> mainActors(EventMention m) {
        List<String> main = m.actors().stream()
                .filter(id -> m.headline().contains(lexicon.shortName(id))).toList();
        return main.isEmpty() ? m.actors() : main;
    }

    /** Two shared actors, or the only actor of the sparser mention. */
    static boolean actorsOverlap(List<String> a, List<String> b) {
        Set<String> shared = new LinkedHashSet<>(a);
        shared.retainAll(Set.copyOf(b));
        return shared.size() >= 2 || (shared.size() == 1 && Math.min(a.size(), b.size()) == 1);
    }

    private static boolean amountsContradict(Amount a, Amount b) {
        return a != null && b != null && !sameAmount(a, b);
    }

    private static boolean sameAmount(Amount a, Amount b) {
        if (!a.currency().equals(b.currency())) {
            return a.usd() != null && b.usd() != null && closeEnough(a.usd(), b.usd());
        }
        return a.value().compareTo(b.value()) == 0 && Objects.equals(a.upper(), b.upper());
    }

    // won and dollar figures converted at different rates still name the same sum within 10 %
    private static boolean closeEnough(BigDecimal x, BigDecimal y) {
        BigDecimal diff = x.subtract(y).abs();
        return diff.multiply(BigDecimal.TEN).compareTo(x.abs().max(y.abs())) <= 0;
    }

    private MergedEvent build(List<SourcedMention> cluster) {
        List<String> conflicts = new ArrayList<>();
        PartialDate date = bestDate(cluster, conflicts);
        Amount amount = bestAmount(cluster, conflicts);
        Set<String> actors = new LinkedHashSet<>();
        cluster.forEach(s -> actors.addAll(s.mention().actors()));
        EventMention best = cluster.stream()
                .max(Comparator.comparingInt((SourcedMention s) -> informativeness(s.mention(), date))
                        .thenComparing(SOURCE_ORDER.reversed()))
                .orElseThrow().mention();
        EventType type = cluster.get(0).mention().type();
        List<String> actorList = List.copyOf(actors);
        return new MergedEvent(slugBase(date, actorList, type), type, date, actorList,
                lexicon.relationshipsOf(actorList), best.headline(), amount, cluster, conflicts);
    }

    private static int informativeness(EventMention m, PartialDate chosen) {
        int score = m.headline().length();
        if (m.amount() != null) {
            score += 100;
        }
        if (m.date() != null && chosen != null && m.date().compatibleWith(chosen)) {
            score += 50;
        }
        return score + 10 * m.actors().size();
    }

    /** The finest date compatible with most sources; every incompatible reading goes into the conflicts. */
    private static PartialDate bestDate(List<SourcedMention> cluster, List<String> conflicts) {
        List<SourcedMention> dated = cluster.stream().filter(s -> s.mention().date() != null).toList();
        if (dated.isEmpty()) {
            return null;
        }
        PartialDate best = null;
        long bestSupport = -1;
        for (SourcedMention s : dated) {
            PartialDate d = s.mention().date();
            long support = dated.stream().filter(o -> o.mention().date().compatibleWith(d)).count();
            if (support > bestSupport || (support == bestSupport && (d.isFinerThan(best)
                    || (!best.isFinerThan(d) && d.iso().compareTo(best.iso()) < 0)))) {
                best = d;
                bestSupport = support;
            }
        }
        PartialDate chosen = best;
        boolean disagreement = dated.stream().anyMatch(s -> !s.mention().date().compatibleWith(chosen));
        if (disagreement) {
            Map<String, Set<String>> readings = new LinkedHashMap<>();
            dated.stream().sorted(Comparator.comparing((SourcedMention s) -> s.mention().date().firstDay())
                            .thenComparing(s -> s.mention().date().iso()).thenComparing(SOURCE_ORDER))
                    .forEach(s -> readings.computeIfAbsent(s.mention().date().toString(), k -> new TreeSet<>())
                            .add(shortId(s.articleId())));
            conflicts.add("날짜가 출처마다 다름: " + describe(readings));
        }
        return chosen;
    }

    private static Amount bestAmount(List<SourcedMention> cluster, List<String> conflicts) {
        List<SourcedMention> withAmount = cluster.stream().filter(s -> s.mention().amount() != null).toList();
        if (withAmount.isEmpty()) {
            return null;
        }
        Amount best = null;
        long bestSupport = -1;
        for (SourcedMention s : withAmount) {
            Amount a = s.mention().amount();
            long support = withAmount.stream().filter(o -> sameAmount(o.mention().amount(), a)).count();
            boolean better = support > bestSupport || (support == bestSupport && a.isMoney() && !best.isMoney());
            if (better) {
                best = a;
                bestSupport = support;
            }
        }
        Amount chosen = best;
        if (withAmount.stream().anyMatch(s -> !sameAmount(s.mention().amount(), chosen))) {
            Map<String, Set<String>> readings = new LinkedHashMap<>();
            Map<String, Amount> firstOf = new HashMap<>();
            for (SourcedMention s : withAmount) {
                Amount a = s.mention().amount();
                String key = firstOf.keySet().stream().filter(k -> sameAmount(firstOf.get(k), a)).findFirst()
                        .orElseGet(() -> {
                            String text = Headlines.amountText(a);
                            firstOf.put(text, a);
                            return text;
                        });
                readings.computeIfAbsent(key, k -> new TreeSet<>()).add(shortId(s.articleId()));
            }
            conflicts.add("금액이 출처마다 다름: " + describe(readings));
        }
        return chosen;
    }

    private static String describe(Map<String, Set<String>> readings) {
        List<String> parts = new ArrayList<>();
        readings.forEach((value, sources) -> parts.add(value + " (" + String.join(", ", sources) + ")"));
        return String.join(", ", parts);
    }

    /** "004_c5803c946e66baf5" → "004"; other ids unchanged. */
    static String shortId(String articleId) {
        return articleId.matches("\\d+_.*") ? articleId.substring(0, articleId.indexOf('_')) : articleId;
    }

    /** Date, up to three actor ids in alphabetical order, type: "2019-microsoft-openai-investment". */
    static String slugBase(PartialDate date, List<String> actors, EventType type) {
        StringBuilder slug = new StringBuilder(date == null ? "undated" : date.iso());
        actors.stream().sorted().limit(3).forEach(a -> slug.append('-').append(a));
        slug.append('-').append(type.name().toLowerCase(java.util.Locale.ROOT));
        return slug.toString().replaceAll("[^a-z0-9-]", "-").replaceAll("-+", "-");
    }

    private static final Comparator<MergedEvent> EVENT_ORDER = Comparator
            .comparing((MergedEvent e) -> e.date() == null)
            .thenComparing(e -> e.date() == null ? null : e.date().firstDay(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(e -> e.date() == null ? "" : e.date().iso())
            .thenComparing(MergedEvent::slug)
            .thenComparing(e -> e.sources().get(0), SOURCE_ORDER);

    /** Colliding slugs get -2, -3 in source order; the output is sorted by date, then slug. */
    private static List<MergedEvent> withUniqueSlugs(List<MergedEvent> events) {
        List<MergedEvent> sorted = new ArrayList<>(events);
        sorted.sort(EVENT_ORDER);
        Map<String, Integer> seen = new HashMap<>();
        List<MergedEvent> out = new ArrayList<>();
        for (MergedEvent e : sorted) {
            int n = seen.merge(e.slug(), 1, Integer::sum);
            String slug = n == 1 ? e.slug() : e.slug() + "-" + n;
            out.add(new MergedEvent(slug, e.type(), e.date(), e.actors(), e.relationships(), e.headline(),
                    e.amount(), e.sources(), e.conflicts()));
        }
        out.sort(EVENT_ORDER);
        return out;
    }
}
