package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.yeonpyo.extraction.ArticleAnalyzer.Case;
import io.yeonpyo.extraction.ArticleAnalyzer.Role;

/**
 * The named participants of a clause with the case their particle gives them: listed names, a product standing for
 * its company, and the plural pronouns ("양사", "두 사람") resolved to the pair they point back at.
 */
final class NamedRoles {

    private static final Pattern PRODUCT_ITSELF = Pattern.compile("'?\\s*(출시|서비스|라는|모델)");

    private final Lexicon lexicon;

    NamedRoles(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The previous body sentence, for pronouns that point back at it: its names, and the events it told when it is
     * in the same paragraph (what 이를 stands for).
     */
    record Previous(String text, List<ActorMatcher.Match> matches, List<EventMention> told, boolean sameParagraph,
                    List<DateMention> dates) {
    }

    List<Role> in(String text, List<ActorMatcher.Match> matches, Previous previous,
                               Clauses.Clause c, Pronouns pronouns) {
        List<ActorMatcher.Match> inClause = matches.stream()
                .filter(m -> m.start() >= c.start() && m.end() <= c.end()).toList();
        Set<String> named = new LinkedHashSet<>();
        inClause.stream().filter(m -> m.role() == ActorMatcher.Role.ACTOR).forEach(m -> named.add(m.actorId()));
        List<Role> roles = new ArrayList<>();
        for (ActorMatcher.Match m : inClause) {
            Case gc = CaseParticles.caseAfter(text, m.end());
            switch (m.role()) {
                case ACTOR -> roles.add(new Role(List.of(m.actorId()), gc, m.start(), m.end()));
                case PRODUCT -> {
                    // a product stands for its company only as subject or object, when the company is not named
                    boolean launched = text.startsWith("출시", skipSpaces(text, m.end() + 1))
                            || PRODUCT_ITSELF.matcher(text).region(m.end(), text.length()).lookingAt();
                    if (!named.contains(m.actorId()) && gc != Case.POSSESSIVE && gc != Case.NONE && !launched) {
                        roles.add(new Role(List.of(m.actorId()), gc, m.start(), m.end()));
                    }
                }
                case PEOPLE_PRONOUN, COMPANY_PRONOUN -> {
                    if (TriggerWords.insideDoubleQuotes(text, m.start())) {
                        continue; // "그들은 돈이 없다"고: the speaker's words name whom the speaker means
                    }
                    // "MS와 오픈AI 두 회사는": the pair named just before is meant, no need to resolve
                    long namedBefore = inClause.stream().filter(x -> x.role() == ActorMatcher.Role.ACTOR
                            && x.end() <= m.start()).map(ActorMatcher.Match::actorId).distinct().count();
                    int size = Pronouns.sizeOf(m);
                    if (namedBefore < size) {
                        List<String> ids = pronouns.meant(lexicon, m, text, matches, previous.text(),
                                previous.matches());
                        if (!ids.isEmpty()) {
                            roles.add(new Role(ids, gc, m.start(), m.end()));
                        }
                    }
                }
                case ACT_PRONOUN -> {
                    // "법원은 이를 기각했다": the parties of the act told just before are the parties of this one
                    if (!previous.told().isEmpty()) {
                        List<String> ids = previous.told().get(previous.told().size() - 1).actors();
                        if (!ids.isEmpty()) {
                            roles.add(new Role(ids, gc, m.start(), m.end()));
                        }
                    }
                }
                default -> {
                }
            }
        }
        return roles;
    }

    private static int skipSpaces(String text, int i) {
        int j = Math.min(i, text.length());
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

}
