package io.yeonpyo.extraction;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A growing group of mentions of one event with the distinct values its members carry, and the tests of whether a
 * further mention belongs to it: asking "does every member agree with this mention" asks it of each distinct value
 * once. Apart from {@link EventMerger} because when two mentions are the same event is the heart of merging and
 * reads best on its own.
 */
final class MentionCluster {

    /** Types whose events recur between the same actors; their mentions merge only on the same act. */
    private static final Set<EventType> RECURRING = Set.of(EventType.FEUD, EventType.PARTNERSHIP, EventType.CONTRACT,
            EventType.OTHER);

    /** Kinds of deal outlets call by either name: "클라우드 계약" is a contract to one, a partnership to another. */
    static final Set<EventType> DEALS = Set.of(EventType.CONTRACT, EventType.PARTNERSHIP);

    /** What the merge compares of one mention, computed once. */
    record Facts(String articleId, EventMention mention, Set<String> actors, List<String> main, String act,
                 String doer) {
    }

    final int index;
    final EventType type;
    final List<SourcedMention> members = new ArrayList<>();
    final Set<List<String>> mainActorLists = new LinkedHashSet<>();
    final Set<Set<String>> actorSets = new LinkedHashSet<>();
    final Set<PartialDate> dates = new LinkedHashSet<>();
    final Set<String> headlines = new HashSet<>();
    final List<Amount> amounts = new ArrayList<>(); // distinct, null included
    final Set<String> acts = new LinkedHashSet<>();
    final Map<String, Set<PartialDate>> datesByArticle = new HashMap<>();
    final Set<String> doers = new HashSet<>(); // null included: a headline that names no one first

    MentionCluster(int index, EventType type) {
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
            return DEALS.contains(type) && DEALS.contains(m.type()) && sameDealBySum(f);
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
            return (datesAgree && acts.stream().allMatch(f.act()::equals)) || sameDoerWithinDays(f) || samePairSameDay(f);
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

    /**
     * "오라클과 3000억 달러 규모의 계약" and "오라클과 3000억 달러 규모로 협력": a deal of the same pair at the same time
     * with the same sum is one deal, whichever kind the outlet names it by.
     */
    private boolean sameDealBySum(Facts f) {
        EventMention m = f.mention();
        return m.date() != null && m.amount() != null && m.timing() != Timing.DEADLINE
                && amounts.stream().allMatch(a -> a != null && sameAmount(a, m.amount()))
                && dates.stream().allMatch(d -> d.compatibleWith(m.date()))
                && samePair(f);
    }

    /** Whether the mention and every member name two main parties, overlapping: a pair's deal, not one side's act. */
    private boolean samePair(Facts f) {
        return mainActorLists.stream().allMatch(main -> main.size() >= 2 && f.main().size() >= 2
                && actorsOverlap(main, f.main()));
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
     * "MS·오픈AI 계약 재협상" and "오픈AI, MS와 계약" on the 28th: a deal or an alliance binds both sides alike, so the
     * same pair's one of the same kind on the same day is one event, whichever side the outlet puts first.
     */
    private boolean samePairSameDay(Facts f) {
        PartialDate date = f.mention().date();
        return (type == EventType.CONTRACT || type == EventType.PARTNERSHIP) && date.precision() == Precision.DAY
                && f.mention().timing() != Timing.DEADLINE && dates.stream().allMatch(date::equals)
                && samePair(f);
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
        long gap = Math.max(ChronoUnit.DAYS.between(a.lastDay(), b.firstDay()),
                ChronoUnit.DAYS.between(b.lastDay(), a.firstDay()));
        return gap <= (coarser.precision() == Precision.MONTH ? 31 : 3);
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

    static boolean sameAmount(Amount a, Amount b) {
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
}
