package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

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
            int k = first;
            for (; k < tokens.size() && tokens.get(k).start() < end && tokens.get(k).nominal(); k++) {
                coreEnd = Math.max(coreEnd, Math.min(end, tokens.get(k).end()));
                properNoun |= tokens.get(k).properNoun();
                noun |= tokens.get(k).noun();
            }
            // "코그니션이" → 코그/NNP 니/VCP 션/NNG 이/J: a foreign name Nori does not know falls apart into pieces; a
            // noun after the piece that stopped the core shows the word goes on, up to its last noun
            for (int n = k + 1; properNoun && k < tokens.size() && n < tokens.size() && tokens.get(n).start() < end; n++) {
                if (tokens.get(n).noun()) {
                    coreEnd = Math.min(end, tokens.get(n).end());
                }
            }
            // "바룬" → 바/NNG 룬/J, "드로게" → 드로/NNP 게/NNB: what Nori reads as a particle after a noun is none that
            // Korean has, so the word is a foreign name it does not know, whole
            if (noun && coreEnd > start && coreEnd < end && !PARTICLES.matcher(text).region(coreEnd, end).matches()
                    && onlyParticlesOrBoundNouns(tokens, k, end)) {
                coreEnd = end;
                properNoun = true;
            }
            // "롭 본타" → 본/VV+E 타/MM: after a proper noun, a word Nori can only read as a verb with more after its
            // ending is no Korean word form, but the rest of a foreign name
            Word previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (!noun && previous != null && previous.properNoun() && text.substring(previous.end(), start).equals(" ")
                    && first < tokens.size() && tokens.get(first).start() == start && tokens.get(first).inflection()
                    && nominalAfterInflection(tokens, first, end)) {
                coreEnd = trailingParticlesStart(tokens, first, end);
                noun = true;
                properNoun = true;
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

    /** The particles (and their pairs) a name takes in news writing: what may follow a name's core in its word. */
    private static final Pattern PARTICLES = Pattern.compile(
            "등?(이|가|은|는|을|를|의|에|에서|에게|에게서|께서|께|한테|와|과|도|로|으로|로서|으로서|로써|으로써|만|까지|부터|로부터"
                    + "|이나|나|보다|처럼|만큼|마저|조차|라는|이라는|라고|이라고|측|들)?"
                    + "(의|은|는|도|과|와|에|로|만|을|를|이|가)?");

    private static boolean onlyParticlesOrBoundNouns(List<SentenceTokens.Token> tokens, int from, int end) {
        for (int k = from; k < tokens.size() && tokens.get(k).start() < end; k++) {
            if (!tokens.get(k).particle() && !tokens.get(k).boundNoun()) {
                return false;
            }
        }
        return true;
    }

    private static boolean nominalAfterInflection(List<SentenceTokens.Token> tokens, int from, int end) {
        for (int k = from + 1; k < tokens.size() && tokens.get(k).start() < end; k++) {
            if (tokens.get(k).nominal()) {
                return true;
            }
        }
        return false;
    }

    /** Where the particles that end the word begin: the word's end when none does. */
    private static int trailingParticlesStart(List<SentenceTokens.Token> tokens, int from, int end) {
        int last = from;
        while (last < tokens.size() && tokens.get(last).start() < end) {
            last++;
        }
        int at = end;
        for (int k = last - 1; k > from && tokens.get(k).particle(); k--) {
            at = tokens.get(k).start();
        }
        return at;
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
