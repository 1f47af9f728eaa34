package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The words of a sentence as name discovery reads them: where each one's nominal core ends (the rest is particles and
 * endings), whether Nori reads a proper noun in it, and whether it is a listed person or organisation.
 */
final class NameWords {

    private NameWords() {
    }

    /** A word of the sentence: its nominal core [start, coreEnd) and what follows it up to end (particles, endings). */
    record Word(int start, int coreEnd, int end, boolean nominal, boolean properNoun, boolean listed,
                boolean listedPerson, boolean listedOrganisation) {
    }

    /** Words are runs of letters and digits; a word's core is its leading nominal morphemes. */
    static List<Word> of(String text, List<SentenceTokens.Token> tokens, List<ActorMatcher.Match> listed,
                         Set<String> listedPeople) {
        List<Word> out = new ArrayList<>();
        int t = 0;
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int end = i;
            while (t < tokens.size() && tokens.get(t).end() <= start) {
                t++;
            }
            int coreEnd = start;
            boolean properNoun = false;
            boolean noun = false;
            int first = t;
            if (first + 1 < tokens.size() && tokens.get(first).start() == start && tokens.get(first).particle()
                    && tokens.get(first + 1).start() < end) {
                first++; // a particle never begins a word: Nori has split a foreign one ("에쿼티" → 에/J 쿼 티)
            }
            for (int k = first; k < tokens.size() && tokens.get(k).start() < end && tokens.get(k).nominal(); k++) {
                coreEnd = Math.max(coreEnd, Math.min(end, tokens.get(k).end()));
                properNoun |= tokens.get(k).properNoun();
                noun |= tokens.get(k).noun();
            }
            boolean nominal = noun && tokens.get(t).start() <= start;
            int from = start;
            ActorMatcher.Match name = listed.stream().filter(m -> m.start() < end && m.end() > from).findFirst()
                    .orElse(null);
            boolean actor = name != null && name.role() == ActorMatcher.Role.ACTOR;
            out.add(new Word(start, nominal ? coreEnd : start, end, nominal, properNoun, name != null,
                    actor && listedPeople.contains(name.actorId()), actor && !listedPeople.contains(name.actorId())));
        }
        return out;
    }

    /** The word's nominal core, without its particles and endings. */
    static String core(String text, Word w) {
        return text.substring(w.start(), w.coreEnd());
    }

    /** Whether only blanks stand between two words: no comma, bracket or quote closes the phrase between them. */
    static boolean blankBetween(String text, Word a, Word b) {
        return text.substring(a.end(), b.start()).isBlank();
    }
}
