package io.yeonpyo.extraction;

import io.yeonpyo.extraction.MentionCluster.Facts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Groups mentions of the same event across articles and records where the sources disagree.
 *
 * <p>Two mentions are the same event when they have the same type and their actors overlap (two shared actors, or
 * the one actor of the sparser mention), and either their dates are compatible (2019 and 2019-07 agree), or they say
 * the very same thing (same headline) with incompatible dates — then it is one event whose {@code conflicts} keeps
 * both readings. An undated mention joins a dated event only when type and actors match exactly and the amounts do
 * not contradict.
 *
 * <p>This class runs the merge and builds each event; whether a mention joins a cluster is {@link MentionCluster}'s
 * test, which clusters are worth asking is {@link ClusterIndex}'s, and the choice of date and amount with the
 * conflicts is {@link ConflictingReadings}'.
 */
public final class EventMerger {

    /** The order of sources within an event, and of events on the same date and slug. */
    static final Comparator<SourcedMention> SOURCE_ORDER = Comparator
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
        List<MentionCluster> clusters = new ArrayList<>();
        ClusterIndex index = new ClusterIndex();
        for (SourcedMention sm : ordered) {
            Facts m = new Facts(sm.articleId(), sm.mention(), Set.copyOf(sm.mention().actors()),
                    mainActors(sm.mention()), act(sm.mention()), doer(sm.mention()));
            MentionCluster home = null;
            for (int candidate : index.candidates(m)) {
                if (clusters.get(candidate).admits(m)) {
                    home = clusters.get(candidate);
                    break;
                }
            }
            if (home == null) {
                home = new MentionCluster(clusters.size(), m.mention().type());
                clusters.add(home);
            }
            home.add(sm, m);
            index.file(m, home.index);
        }
        List<MergedEvent> events = new ArrayList<>();
        for (MentionCluster cluster : clusters) {
            List<SourcedMention> members = new ArrayList<>(cluster.members);
            members.sort(SOURCE_ORDER);
            events.add(build(members));
        }
        events.sort(EVENT_ORDER);
        return events;
    }

    /**
     * The headline without its doer and names: "머스크, 오픈AI에 소송 제기" → "소송 제기"; "판사, 머스크 청구 기각" and
     * "법원, 머스크 청구 기각" → "청구 기각", since outlets name the same court's act by the judge or the court.
     */
    private String act(EventMention m) {
        String act = m.headline();
        int subjectEnd = act.indexOf(", ");
        if (subjectEnd > 0) {
            act = act.substring(subjectEnd + 2);
        }
        for (String id : m.actors()) {
            act = act.replace(lexicon.shortName(id), " ");
        }
        String words = PUNCTUATION.matcher(act).replaceAll(" ");
        return SPACES.matcher(LONE_PARTICLE.matcher(words).replaceAll(" ")).replaceAll(" ").strip();
    }

    private static final Pattern PUNCTUATION = Pattern.compile("[,·]");
    /** A particle left alone where a name was taken out: "에", "과", "을"... */
    private static final Pattern LONE_PARTICLE = Pattern.compile("(^|\\s)(에|과|와|을|를|에서|으로|로|상대로)(?=\\s)");
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

    private MergedEvent build(List<SourcedMention> cluster) {
        List<Conflict> conflicts = new ArrayList<>();
        PartialDate date = ConflictingReadings.bestDate(cluster, conflicts);
        Amount amount = ConflictingReadings.bestAmount(cluster, conflicts);
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
            score += amount != null && !MentionCluster.sameAmount(m.amount(), amount) ? -1000 : 100;
        }
        if (m.date() != null && chosen != null && m.date().compatibleWith(chosen)) {
            score += 200;
        }
        return score + 10 * m.actors().size();
    }

    /** Date, up to three actor ids in alphabetical order, type: "2019-microsoft-openai-investment". */
    static String slugBase(PartialDate date, List<String> actors, EventType type) {
        StringBuilder slug = new StringBuilder(date == null ? "undated" : date.iso());
        actors.stream().sorted().limit(3).forEach(a -> slug.append('-').append(a));
        slug.append('-').append(type.name().toLowerCase(Locale.ROOT));
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
