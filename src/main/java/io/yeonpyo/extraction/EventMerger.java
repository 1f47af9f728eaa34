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
import java.util.regex.Pattern;

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

    /**
     * Deterministic: the same mentions always give the same events, with the same slugs, in the same order (by date,
     * then slug, then first source). Two events may share a slug; the timeline numbers them where it stores them
     * ({@code TimelineRebuilder}), since only there is known which slugs earlier loads gave out.
     *
     * <p>Each mention is compared only with the clusters of its type that share one of its actors (an index by type
     * and actor), and with each cluster's summary of distinct values (dates, actor sets, headlines, amounts, acts)
     * rather than with every member: 10,000 articles merge in seconds.
     */
    public List<MergedEvent> merge(List<SourcedMention> mentions) {
        // dated mentions first, finest first, so that undated ones find the clusters they may join
        List<SourcedMention> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator
                .comparing((SourcedMention s) -> s.mention().date() == null)
                .thenComparing(s -> s.mention().date() == null ? 0 : -s.mention().date().precision().ordinal())
                .thenComparing(SOURCE_ORDER));
        List<Cluster> clusters = new ArrayList<>();
        Map<String, TreeSet<Integer>> index = new HashMap<>();
        for (SourcedMention sm : ordered) {
            Facts m = new Facts(sm.articleId(), sm.mention(), Set.copyOf(sm.mention().actors()),
                    mainActors(sm.mention()), act(sm.mention()), doer(sm.mention()));
            Cluster home = null;
            for (int candidate : candidates(m, index)) {
                if (clusters.get(candidate).admits(m)) {
                    home = clusters.get(candidate);
                    break;
                }
            }
            if (home == null) {
                home = new Cluster(clusters.size(), m.mention().type());
                clusters.add(home);
            }
            home.add(sm, m);
            for (String key : memberKeys(m)) {
                index.computeIfAbsent(key, k -> new TreeSet<>()).add(home.index);
            }
        }
        List<MergedEvent> events = new ArrayList<>();
        for (Cluster cluster : clusters) {
            List<SourcedMention> members = new ArrayList<>(cluster.members);
            members.sort(SOURCE_ORDER);
            events.add(build(members));
        }
        events.sort(EVENT_ORDER);
        return events;
    }

    /**
     * Index keys under which a cluster is found, from one member: its type, the year of its date and its main actors
     * (each pair of them, each one alone), and its type with its headline. Two mentions overlap when they share two
     * main actors or the sparser one has a single main actor the other shares; unless they say the same thing (same
     * headline), the dates of a cluster a mention joins are all compatible with its own and lie in the same year.
     */
    private static List<String> memberKeys(Facts m) {
        String at = m.mention().type().name() + "|" + yearKey(m.mention().date());
        List<String> keys = sameThingKeys(m);
        List<String> main = m.main().stream().distinct().sorted().toList();
        if (main.isEmpty()) {
            keys.add(at + "|none");
        } else if (main.size() == 1) {
            keys.add(at + "|one|" + main.get(0));
        } else {
            for (int i = 0; i < main.size(); i++) {
                for (int j = i + 1; j < main.size(); j++) {
                    keys.add(at + "|pair|" + main.get(i) + "|" + main.get(j));
                }
            }
        }
        main.forEach(a -> keys.add(at + "|any|" + a));
        return keys;
    }

    /** The keys to look up for a mention: the ones its possible clusters were filed under. */
    private static List<String> lookupKeys(Facts m, String year) {
        String at = m.mention().type().name() + "|" + year;
        List<String> keys = sameThingKeys(m);
        List<String> main = m.main().stream().distinct().sorted().toList();
        if (main.isEmpty()) {
            keys.add(at + "|none");
        } else if (main.size() == 1) {
            keys.add(at + "|any|" + main.get(0));
        } else {
            for (int i = 0; i < main.size(); i++) {
                keys.add(at + "|one|" + main.get(i));
                for (int j = i + 1; j < main.size(); j++) {
                    keys.add(at + "|pair|" + main.get(i) + "|" + main.get(j));
                }
            }
        }
        return keys;
    }

    /** Keys that find a cluster saying the same thing in any year: its headline, or its act when it names a sum. */
    private static List<String> sameThingKeys(Facts m) {
        List<String> keys = new ArrayList<>();
        keys.add(m.mention().type().name() + "|headline|" + m.mention().headline());
        if (m.mention().amount() != null) {
            keys.add(m.mention().type().name() + "|act|" + m.act());
        }
        return keys;
    }

    private static String yearKey(PartialDate date) {
        return date == null ? "undated" : Integer.toString(date.year());
    }

    /** Indices of the clusters that may take the mention, in the order they were opened. */
    private static Set<Integer> candidates(Facts m, Map<String, TreeSet<Integer>> index) {
        TreeSet<Integer> union = new TreeSet<>();
        List<String> keys = new ArrayList<>(lookupKeys(m, yearKey(m.mention().date())));
        if (m.mention().date() != null) {
            keys.addAll(lookupKeys(m, yearKey(null))); // a dated mention would also fit a cluster without dates
        }
        for (String key : keys) {
            TreeSet<Integer> bucket = index.get(key);
            if (bucket != null) {
                union.addAll(bucket);
            }
        }
        return union;
    }

    /** What the merge compares of one mention, computed once. */
    private record Facts(String articleId, EventMention mention, Set<String> actors, List<String> main, String act,
                         String doer) {
    }

    /**
     * A growing group of mentions with the distinct values its members carry: asking "does every member agree with
     * this mention" asks it of each distinct value once.
     */
    private static final class Cluster {
        final int index;
        final EventType type;
        final List<SourcedMention> members = new ArrayList<>();
        final Set<List<String>> mainActorLists = new LinkedHashSet<>();
        final Set<Set<String>> actorSets = new LinkedHashSet<>();
        final Set<PartialDate> dates = new LinkedHashSet<>();
        final Set<String> headlines = new java.util.HashSet<>();
        final List<Amount> amounts = new ArrayList<>(); // distinct, null included
        final Set<String> acts = new LinkedHashSet<>();
        final Map<String, Set<PartialDate>> datesByArticle = new HashMap<>();
        final Set<String> doers = new java.util.HashSet<>(); // null included: a headline that names no one first

        Cluster(int index, EventType type) {
            this.index = index;
            this.type = type;
        }

        void add(SourcedMention s, Facts f) {
            members.add(s);
            EventMention m = s.mention();
            mainActorLists.add(f.main());
            actorSets.add(f.actors());
            if (m.date() != null) {
                dates.add(m.date());
                datesByArticle.computeIfAbsent(f.articleId(), k -> new LinkedHashSet<>()).add(m.date());
            }
            headlines.add(m.headline());
            if (!amounts.contains(m.amount())) {
                amounts.add(m.amount());
            }
            acts.add(f.act());
            doers.add(f.doer());
        }

        boolean admits(Facts f) {
            EventMention m = f.mention();
            if (type != m.type()) {
                return false;
            }
            boolean sameThing = headlines.contains(m.headline()) || sameActAndSum(f);
            Set<String> actors = f.actors();
            if (m.date() == null) {
                if (!dates.isEmpty()) {
                    return sameThing && actorSets.stream().allMatch(actors::equals)
                            && amounts.stream().noneMatch(a -> amountsContradict(a, m.amount()));
                }
                // undated quarrels and deals of one pair are one event only when they name the same act
                boolean sameAct = !RECURRING.contains(m.type()) || acts.stream().allMatch(f.act()::equals);
                return mainActorLists.stream().allMatch(main -> actorsOverlap(main, f.main()))
                        && (sameThing || (sameAct && actorSets.stream().allMatch(actors::equals)));
            }
            if (!mainActorLists.stream().allMatch(main -> actorsOverlap(main, f.main()))) {
                return false;
            }
            boolean datesAgree = dates.stream().allMatch(d -> d.compatibleWith(m.date()));
            if (RECURRING.contains(m.type()) && !sameThing) {
                // a pair can quarrel or team up many times in one year: the same kind of act must be named, unless
                // the same one acts on the same other within a day or two ("오픈AI, 머스크 이메일 폭로" on the 5th,
                // "오픈AI, 머스크 위선 지적" on the 6th): outlets name one act in other words
                return (datesAgree && acts.stream().allMatch(f.act()::equals)) || sameDoerWithinDays(f);
            }
            // a term's date is what it is: two terms at neighbouring dates are two terms, not a disagreement
            return datesAgree || (sameThing && m.timing() != Timing.DEADLINE && disagreementOnOneEvent(f));
        }

        /**
         * "구글, 앤트로픽에 3억 달러 투자" and "구글, 3억 달러 투자": one outlet names the other party in the clause, the
         * other leaves it to the sentence before; the same act with the same sum says the same thing.
         */
        private boolean sameActAndSum(Facts f) {
            Amount sum = f.mention().amount();
            return sum != null && acts.stream().allMatch(f.act()::equals)
                    && amounts.stream().allMatch(a -> a != null && sameAmount(a, sum));
        }

        private boolean sameDoerWithinDays(Facts f) {
            PartialDate date = f.mention().date();
            return date.precision() == Precision.DAY && f.main().size() >= 2 && f.doer() != null
                    && doers.stream().allMatch(f.doer()::equals)
                    && mainActorLists.stream().allMatch(main -> main.size() >= 2 && actorsOverlap(main, f.main()))
                    && dates.stream().allMatch(d -> d.precision() == Precision.DAY && neighbours(d, date))
                    && datesByArticle.getOrDefault(f.articleId(), Set.of()).stream().allMatch(d -> d.equals(date));
        }

        /**
         * Sources that tell the same act with dates that do not fit each other disagree on one event only when the
         * dates are neighbours (2018 or 2019, February or March, the 5th or the 6th) and no article gives both:
         * an article that dates the same kind of act twice tells two acts ("2019년 … 투자했다. 이후 2021년에
         * 투자했으며"), and dates months apart are two acts, however alike their headlines.
         */
        private boolean disagreementOnOneEvent(Facts f) {
            PartialDate date = f.mention().date();
            Set<PartialDate> ownArticle = datesByArticle.getOrDefault(f.articleId(), Set.of());
            return ownArticle.stream().allMatch(d -> d.compatibleWith(date))
                    && dates.stream().allMatch(d -> d.compatibleWith(date) || neighbours(d, date));
        }
    }

    /**
     * Dates in neighbouring years (2018 or 2019, never 2021 or 2023: a slip is one year), the same month or day a
     * year apart (2023년 10월 or 2024년 10월: the same slip), or at most a month (31 days) or a few days apart.
     */
    static boolean neighbours(PartialDate a, PartialDate b) {
        PartialDate coarser = a.isFinerThan(b) ? b : a;
        if (coarser.precision() == Precision.YEAR) {
            return Math.abs(a.year() - b.year()) <= 1;
        }
        if (a.precision() == b.precision() && a.qualifier() == b.qualifier() && a.month() == b.month()
                && a.day() == b.day() && Math.abs(a.year() - b.year()) == 1) {
            return true;
        }
        long gap = Math.max(java.time.temporal.ChronoUnit.DAYS.between(a.lastDay(), b.firstDay()),
                java.time.temporal.ChronoUnit.DAYS.between(b.lastDay(), a.firstDay()));
        return gap <= (coarser.precision() == Precision.MONTH ? 31 : 3);
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
        String words = PUNCTUATION.matcher(act).replaceAll(" ");
        return SPACES.matcher(LONE_PARTICLE.matcher(words).replaceAll(" ")).replaceAll(" ").strip();
    }

    private static final Pattern PUNCTUATION = Pattern.compile("[,·]");
    /** A particle left alone where a name was taken out: "에", "과", "을"... */
    private static final Pattern LONE_PARTICLE = Pattern.compile("(^|\\s)(에|과|와|을|를|에서|으로|로)(?=\\s)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Who the headline says acts: the actor its headline names first ("머스크, 트럼프에 반기" → 머스크). */
    private String doer(EventMention m) {
        String doer = null;
        int first = Integer.MAX_VALUE;
        for (String id : m.actors()) {
            int at = m.headline().indexOf(lexicon.shortName(id));
            if (at >= 0 && at < first) {
                first = at;
                doer = id;
            }
        }
        return doer;
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
        List<Conflict> conflicts = new ArrayList<>();
        PartialDate date = bestDate(cluster, conflicts);
        Amount amount = bestAmount(cluster, conflicts);
        Set<String> actors = new LinkedHashSet<>();
        cluster.forEach(s -> actors.addAll(s.mention().actors()));
        EventMention best = cluster.stream()
                .max(Comparator.comparingInt((SourcedMention s) -> informativeness(s.mention(), date, amount))
                        .thenComparing(SOURCE_ORDER.reversed()))
                .orElseThrow().mention();
        EventType type = cluster.get(0).mention().type();
        List<String> actorList = List.copyOf(actors);
        return new MergedEvent(slugBase(date, actorList, type), type, date, actorList,
                lexicon.relationshipsOf(actorList), best.headline(), best.headlineEn(), amount, cluster, conflicts,
                timingOf(cluster));
    }

    /** A deadline or term if any source tells one; planned only when every dated source tells a plan. */
    private static Timing timingOf(List<SourcedMention> cluster) {
        if (cluster.stream().anyMatch(s -> s.mention().timing() == Timing.DEADLINE)) {
            return Timing.DEADLINE;
        }
        List<SourcedMention> dated = cluster.stream().filter(s -> s.mention().date() != null).toList();
        return !dated.isEmpty() && dated.stream().allMatch(s -> s.mention().timing() == Timing.PLANNED)
                ? Timing.PLANNED : Timing.DONE;
    }

    /**
     * A headline that states another amount than the event's own is never the event's headline; one told with the
     * event's date comes before an undated one, which may be another act of the same kind told around it (a bid
     * mentioned where its refusal is dated).
     */
    private static int informativeness(EventMention m, PartialDate chosen, Amount amount) {
        int score = m.headline().length();
        if (m.amount() != null) {
            score += amount != null && !sameAmount(m.amount(), amount) ? -1000 : 100;
        }
        if (m.date() != null && chosen != null && m.date().compatibleWith(chosen)) {
            score += 200;
        }
        return score + 10 * m.actors().size();
    }

    /** The finest date compatible with most sources; every incompatible reading goes into the conflicts. */
    private static PartialDate bestDate(List<SourcedMention> cluster, List<Conflict> conflicts) {
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
                            .thenComparing(s -> s.mention().date().iso()).thenComparing(SOURCE_ORDER))
                    .forEach(s -> sides.computeIfAbsent(s.mention().date(), d -> new Side(s.mention().dateText()))
                            .articleIds.add(s.articleId()));
            conflicts.add(conflict(Conflict.Kind.DATE, sides, (date, side) -> side.reading(date, null)));
        }
        return chosen;
    }

    private static Amount bestAmount(List<SourcedMention> cluster, List<Conflict> conflicts) {
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
                    if (sameAmount(firsts.get(k), a)) {
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
            long support = perAmount.entrySet().stream().filter(e -> sameAmount(e.getKey(), a))
                    .mapToLong(Map.Entry::getValue).sum();
            boolean better = support > bestSupport || (support == bestSupport && a.isMoney() && !best.isMoney());
            if (better) {
                best = a;
                bestSupport = support;
            }
        }
        Amount chosen = best;
        if (perAmount.keySet().stream().anyMatch(a -> !sameAmount(a, chosen))) {
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
                                         java.util.function.BiFunction<V, Side, Conflict.Reading> reading) {
        List<Conflict.Reading> readings = sides.entrySet().stream().limit(Conflict.SHOWN)
                .map(e -> reading.apply(e.getKey(), e.getValue())).toList();
        return new Conflict(kind, readings, sides.size() - readings.size());
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
}
