package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The term of an agreement. Korean news states when a contract or a right ends with a date and 까지 before the
 * agreement ("2030년까지 진행되는 이 계약", "2030년까지로 예정된 파트너십", "2030년까지 독점권을 유지한다") or with
 * 만료되는 before the date ("계약이 만료되는 2030년"). A timeline editor places such a term at that date, resolved
 * forward like any deadline, and marks it as a term. The term is presupposed by the noun phrase that holds it, so it
 * stands even when the sentence around it is an assessment ("…계약만을 남겨 뒀다는 평이다"); a question or a
 * hypothesis still holds nothing.
 *
 * <p>The agreement words come from {@code event-types.yml} ({@code term_words}); the parties are the companies the
 * sentence names, else the two companies the article is about.
 */
final class ContractTerms {

    /** How far after "…까지" the agreement word may stand: within the same noun phrase or its verb. */
    private static final int REACH = 45;
    private static final Pattern UNTIL = Pattern.compile("\\s*까지(로|는|도)?(?![가-힣])");
    private static final Pattern EXPIRING = Pattern.compile("(만료되는|끝나는|종료되는|만료하는)\\s*$");
    /** A verb that keeps what was named before until the date: "2030년까지 유지한다", "2032년까지 보장된다". */
    private static final Pattern KEPT = Pattern.compile("\\s*(유지|보장|연장|보유|이어가|지속)");
    private static final Pattern NOT_TOLD_AS_SO = Pattern.compile("\\?|만약|만일|라면|다면");

    private final Lexicon lexicon;
    private final EventType type;
    private final List<String> words;
    private final String headline;
    private final String headlineEn;

    ContractTerms(Lexicon lexicon) {
        this.lexicon = lexicon;
        Lexicon.TypeInfo info = lexicon.typeInfo(EventType.CONTRACT);
        this.type = EventType.CONTRACT;
        this.words = info == null ? List.of() : info.termWords();
        this.headline = info == null ? "" : info.termHeadline();
        this.headlineEn = info == null ? "" : info.termHeadlineEn();
    }

    /**
     * The terms a sentence states, at most one per date expression.
     *
     * @param companiesOfArticle the two companies the article is about, used when the sentence names none
     */
    List<EventMention> find(AnalyzedSentence s, List<ActorMatcher.Match> matches, List<String> companiesOfArticle) {
        String text = s.text();
        if (words.isEmpty() || s.dates().isEmpty() || NOT_TOLD_AS_SO.matcher(text).find()) {
            return List.of();
        }
        List<EventMention> out = new ArrayList<>();
        for (DateMention d : s.dates()) {
            if (d.resolved() == null || !states(text, d)) {
                continue;
            }
            List<String> parties = parties(matches, companiesOfArticle);
            if (parties.size() < 2) {
                continue;
            }
            Headlines.Built built = Headlines.ofPair(lexicon, headline, headlineEn, parties.get(0), parties.get(1));
            out.add(new EventMention(s.index(), text, text.strip(), type, parties, d.resolved(), d.text(),
                    Derivation.of("contract.term", d.text().strip(), d.resolved().iso()), null, built.headline(),
                    built.headlineEn(), Timing.DEADLINE));
        }
        return out;
    }

    /**
     * Whether the date ends an agreement: "DATE까지 … 계약", "계약이 만료되는 DATE", or the agreement kept until the
     * date ("…독점 제공을 2030년까지 유지한다", "지식재산권은 2032년까지 보장된다").
     */
    boolean states(String text, DateMention d) {
        Matcher until = UNTIL.matcher(text).region(d.end(), text.length());
        boolean endsWithUntil = d.text().strip().endsWith("까지");
        if (endsWithUntil || until.lookingAt()) {
            int untilEnd = endsWithUntil ? d.end() : until.end();
            String after = text.substring(d.end(), Math.min(text.length(), d.end() + REACH));
            int stop = after.indexOf(',');
            String phrase = stop < 0 ? after : after.substring(0, stop);
            return words.stream().anyMatch(phrase::contains)
                    || KEPT.matcher(text).region(untilEnd, text.length()).lookingAt()
                    && words.stream().anyMatch(text.substring(0, d.start())::contains);
        }
        String before = text.substring(Math.max(0, d.start() - REACH), d.start());
        Matcher expiring = EXPIRING.matcher(before);
        return expiring.find() && words.stream().anyMatch(before.substring(0, expiring.start())::contains);
    }

    private List<String> parties(List<ActorMatcher.Match> matches, List<String> companiesOfArticle) {
        Set<String> named = new LinkedHashSet<>();
        for (ActorMatcher.Match m : matches) {
            if (m.actorId() != null && m.role() != ActorMatcher.Role.PRODUCT && lexicon.actor(m.actorId())
                    .map(a -> a.kind() == ActorKind.COMPANY).orElse(false)) {
                named.add(m.actorId());
            }
        }
        if (named.size() >= 2) {
            return List.copyOf(named).subList(0, 2);
        }
        if (companiesOfArticle.size() == 2 && companiesOfArticle.containsAll(named)) {
            return companiesOfArticle;
        }
        return List.of();
    }
}
