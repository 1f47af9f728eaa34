package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decides over all articles which candidates are actors, and which spellings are one actor. A candidate is an actor
 * when it is a party to an event, is presented the way news introduce someone who matters (see
 * {@link ActorCandidate#presented()}), or is named in at least two articles. Spellings are one actor when:
 * <ul>
 * <li>one glosses the other ("경쟁시장청(CMA)");
 * <li>two names of as many words differ in one word by at most two jamo ("에밋 시어"/"에멧 시어"), or two one-word
 * names differ by one or two jamo and share an article or a role ("곤잘레스"/"곤살레스");
 * <li>a shortened name ("토버로프", "곤잘레스 로저스") follows the one full name it shortens in the same article, else
 * in all of them; with two full names ending in it (two people of one family) it joins neither.
 * </ul>
 * Everything is decided from the set of candidates alone, so ids and names do not depend on the order of articles.
 */
public final class DiscoveredActors {

    private static final int VARIANT_JAMO = 2;
    private static final int LONG_WORD = 5;

    private DiscoveredActors() {
    }

    /**
     * @param byArticle candidates of each article, by article id
     * @param lexicon   the listed actors: their ids are never given to a discovered one, and a misspelling of
     *                  their names ("그레그 브로크먼") or their given name alone is theirs, not someone new
     */
    public static List<DiscoveredActor> of(Map<String, List<ActorCandidate>> byArticle, Lexicon lexicon) {
        Map<String, List<Seen>> byName = new TreeMap<>();
        new TreeMap<>(byArticle).forEach((article, candidates) -> candidates.forEach(c -> {
            byName.computeIfAbsent(c.name(), n -> new ArrayList<>()).add(new Seen(article, c));
            if (c.gloss() != null) {
                byName.computeIfAbsent(c.gloss(), n -> new ArrayList<>()).add(new Seen(article,
                        new ActorCandidate(c.sentenceIndex(), c.gloss(), c.kind(), c.role(), null, c.party(),
                                c.presented())));
            }
        }));
        Groups groups = new Groups(byName.keySet());
        byName.values().forEach(seen -> seen.stream().map(Seen::candidate).filter(c -> c.gloss() != null)
                .forEach(c -> groups.join(c.name(), c.gloss())));
        List<String> names = List.copyOf(byName.keySet());
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                if (variants(names.get(i), names.get(j), byName)) {
                    groups.join(names.get(i), names.get(j));
                }
            }
        }
        attachSurnames(names, byName, groups);

        List<String> listedNames = lexicon.actors().stream().flatMap(a -> a.aliases().stream()).toList();
        List<DiscoveredActor> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        lexicon.actors().forEach(a -> ids.add(a.id()));
        for (Set<String> members : groups.all()) {
            if (members.stream().anyMatch(n -> listedNames.stream().anyMatch(l -> listedSpelling(n, l)))) {
                continue;
            }
            List<Seen> seen = members.stream().flatMap(n -> byName.get(n).stream())
                    .sorted(Comparator.comparing(Seen::article).thenComparingInt(s -> s.candidate().sentenceIndex()))
                    .toList();
            // a sentence counts once, however many of the actor's spellings it holds ("경쟁시장청(CMA)")
            int parties = (int) seen.stream().filter(s -> s.candidate().party())
                    .map(s -> s.article() + "#" + s.candidate().sentenceIndex()).distinct().count();
            long articles = seen.stream().map(Seen::article).distinct().count();
            boolean actsSomewhere = seen.stream().anyMatch(s -> s.candidate().role() != null
                    || s.candidate().gloss() != null);
            boolean presented = seen.stream().anyMatch(s -> s.candidate().presented());
            if (parties == 0 && !presented && (articles < 2 || !actsSomewhere)) {
                continue;
            }
            out.add(actor(seen, parties, ids));
        }
        return out;
    }

    private record Seen(String article, ActorCandidate candidate) {
    }

    private static DiscoveredActor actor(List<Seen> seen, int parties, Set<String> ids) {
        Map<String, Long> counts = seen.stream().collect(Collectors.groupingBy(s -> s.candidate().name(),
                TreeMap::new, Collectors.counting()));
        // a spelling written with a role ("트위치 창업자인 에밋 시어") is the article's own; a misspelling inside a
        // quotation rarely has one
        Map<String, Long> introduced = seen.stream().filter(s -> s.candidate().role() != null).collect(
                Collectors.groupingBy(s -> s.candidate().name(), TreeMap::new, Collectors.counting()));
        Comparator<String> preference = Comparator.comparing((String n) -> isHangulName(n))
                .thenComparingInt(n -> n.split(" ").length).thenComparing(counts::get)
                .thenComparing(n -> introduced.getOrDefault(n, 0L)).thenComparing(Comparator.<String>reverseOrder());
        String nameKo = counts.keySet().stream().max(preference).orElseThrow();
        List<String> spellings = new ArrayList<>(List.of(nameKo));
        counts.keySet().stream().filter(n -> !n.equals(nameKo)).forEach(spellings::add);
        ActorKind kind = mostFrequent(seen, c -> c.kind());
        if (kind == null) {
            kind = nameKo.contains(" ") ? ActorKind.PERSON : ActorKind.COMPANY;
        }
        String latin = spellings.stream().filter(n -> !isHangulName(n)).findFirst().orElse(null);
        String nameEn = latin != null ? latin : Hangul.romanize(nameKo);
        String id = uniqueId(slug(nameEn), ids);
        List<DiscoveredActor.Evidence> evidence = seen.stream().map(s -> new DiscoveredActor.Evidence(s.article(),
                s.candidate().sentenceIndex(), s.candidate().party())).distinct().toList();
        return new DiscoveredActor(id, kind, nameKo, nameEn, spellings, mostFrequent(seen, c -> c.role()), parties,
                evidence);
    }

    private static <T extends Comparable<T>> T mostFrequent(List<Seen> seen, Function<ActorCandidate, T> of) {
        Map<T, Long> counts = seen.stream().map(s -> of.apply(s.candidate())).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(t -> t, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.<T, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey)
                .orElse(null);
    }

    /** A listed name (stored before it was listed), misspelt, or a listed person's given name alone ("그렉"). */
    private static boolean listedSpelling(String name, String listed) {
        return name.equals(listed) || oneWordApart(name, listed) || !name.contains(" ") && listed.startsWith(name + " ");
    }

    private static boolean oneWordApart(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        if (x.length != y.length || !isHangulName(a) || !isHangulName(b)) {
            return false;
        }
        int differing = 0;
        for (int k = 0; k < x.length; k++) {
            if (!x[k].equals(y[k]) && (++differing > 1 || Hangul.jamoDistance(x[k], y[k]) > VARIANT_JAMO)) {
                return false;
            }
        }
        return differing == 1;
    }

    private static boolean variants(String a, String b, Map<String, List<Seen>> byName) {
        if (!oneWordApart(a, b)) {
            return false;
        }
        // "이재명 대통령", "이재용 회장": names a letter apart with titles of their own, none shared, are two people
        Set<String> rolesOfA = roles(byName.get(a));
        Set<String> rolesOfB = roles(byName.get(b));
        if (!rolesOfA.isEmpty() && !rolesOfB.isEmpty() && rolesOfA.stream().noneMatch(rolesOfB::contains)) {
            return false;
        }
        // one short word is too little to tell a misspelling from another name: it must share an article or a role;
        // a long one a jamo apart is one name ("와이컴비네이터"/"와이콤비네이터")
        return a.contains(" ") || a.length() >= LONG_WORD && Hangul.jamoDistance(a, b) == 1 || !context(byName.get(a)).stream().filter(context(byName.get(b))::contains).toList()
                .isEmpty();
    }

    private static Set<String> roles(Collection<Seen> seen) {
        return seen.stream().map(s -> s.candidate().role()).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private static Set<String> context(Collection<Seen> seen) {
        Set<String> out = new HashSet<>();
        seen.forEach(s -> out.add("article:" + s.article()));
        roles(seen).forEach(role -> out.add("role:" + role));
        return out;
    }

    private static void attachSurnames(List<String> names, Map<String, List<Seen>> byName, Groups groups) {
        for (String shortName : names) {
            if (!isHangulName(shortName)) {
                continue;
            }
            List<String> full = names.stream().filter(n -> shortens(shortName, n)).toList();
            Set<String> articles = byName.get(shortName).stream().map(Seen::article).collect(Collectors.toSet());
            Set<String> inArticle = full.stream().filter(n -> byName.get(n).stream()
                    .anyMatch(s -> articles.contains(s.article()))).map(groups::root).collect(Collectors.toSet());
            Set<String> anywhere = full.stream().map(groups::root).collect(Collectors.toSet());
            Set<String> people = inArticle.isEmpty() ? anywhere : inArticle;
            if (people.size() == 1) {
                groups.join(shortName, people.iterator().next());
            }
        }
    }

    /**
     * Whether the short name is how articles shorten the full one: its last words ("곤잘레스 로저스", "로저스"), or one
     * word of it other than the given name ("곤잘레스" of "이본 곤잘레스 로저스").
     */
    private static boolean shortens(String shortName, String fullName) {
        List<String> shortWords = List.of(shortName.split(" "));
        List<String> fullWords = List.of(fullName.split(" "));
        if (shortWords.size() >= fullWords.size()) {
            return false;
        }
        return fullWords.subList(fullWords.size() - shortWords.size(), fullWords.size()).equals(shortWords)
                || shortWords.size() == 1 && fullWords.subList(1, fullWords.size()).contains(shortName);
    }

    private static boolean isHangulName(String name) {
        return name.chars().anyMatch(c -> Hangul.isSyllable((char) c));
    }

    static String slug(String romanized) {
        String s = romanized.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "actor" : s;
    }

    private static String uniqueId(String base, Set<String> ids) {
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Union-find over names; a group's root is its smallest name, so groups come out in one order. */
    private static final class Groups {
        private final Map<String, String> parent = new HashMap<>();

        Groups(Collection<String> names) {
            names.forEach(n -> parent.put(n, n));
        }

        String root(String name) {
            String r = name;
            while (!parent.get(r).equals(r)) {
                r = parent.get(r);
            }
            return r;
        }

        void join(String a, String b) {
            String x = root(a);
            String y = root(b);
            if (x.compareTo(y) < 0) {
                parent.put(y, x);
            } else if (y.compareTo(x) < 0) {
                parent.put(x, y);
            }
        }

        List<Set<String>> all() {
            Map<String, Set<String>> out = new TreeMap<>();
            parent.keySet().forEach(n -> out.computeIfAbsent(root(n), r -> new TreeSet<>()).add(n));
            return List.copyOf(out.values());
        }
    }
}
