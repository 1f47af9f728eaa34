package io.yeonpyo.extraction;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What actor discovery knows of Korean news writing, read from {@code data/discovery.yml}: the role words written
 * next to a name, the forms an organisation's name takes, bylines, and the words that are never actors.
 */
public final class DiscoveryWords {

    static final String FILE = "discovery.yml";

    private final Set<String> personRoles;
    private final Set<String> companyRoles;
    private final List<String> companyForms;
    private final Set<String> bylines;
    private final Set<String> notActors;
    private final List<String> notNameEndings;
    private final Set<String> actingFor;
    private final List<String> cues;
    private final Set<Character> koreanSurnames;

    DiscoveryWords(List<String> personRoles, List<String> companyRoles, List<String> companyForms,
                   List<String> bylines, List<String> actingFor, List<String> notActors, List<String> notNameEndings,
                   List<String> koreanSurnames) {
        this.personRoles = Set.copyOf(personRoles);
        this.companyRoles = Set.copyOf(companyRoles);
        this.companyForms = List.copyOf(companyForms);
        this.bylines = Set.copyOf(bylines);
        this.notActors = Set.copyOf(notActors);
        this.notNameEndings = List.copyOf(notNameEndings);
        this.actingFor = Set.copyOf(actingFor);
        List<String> all = new java.util.ArrayList<>(personRoles);
        all.addAll(companyRoles);
        this.cues = List.copyOf(all);
        this.koreanSurnames = koreanSurnames.stream().filter(n -> n.length() == 1).map(n -> n.charAt(0))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** @throws LexiconException naming the file when it is missing or malformed */
    public static DiscoveryWords load(Path dataDir) {
        Map<String, Object> doc = YamlFields.readYaml(dataDir.resolve(FILE));
        return new DiscoveryWords(list(doc, "person_roles"), list(doc, "company_roles"), list(doc, "company_forms"),
                list(doc, "bylines"), list(doc, "acting_for"), list(doc, "not_actors"), list(doc, "not_name_endings"),
                list(doc, "korean_surnames"));
    }

    private static List<String> list(Map<String, Object> doc, String key) {
        return YamlFields.stringList(doc.get(key), FILE, key);
    }

    /** A role in the plural is that role: "이사들" is "이사". */
    static String singular(String word) {
        return word.length() > 2 && word.endsWith("들") ? word.substring(0, word.length() - 1) : word;
    }

    /** The kind a role word, or its plural, says its neighbour is, or null when the word is no role. */
    ActorKind roleKind(String word) {
        // compounds end in the role: 공동창업자, 최고과학자, 창업투자사
        word = singular(word);
        for (int i = 0; i < word.length(); i++) {
            String end = word.substring(i);
            if (personRoles.contains(end)) {
                return ActorKind.PERSON;
            }
            if (companyRoles.contains(end)) {
                return ActorKind.COMPANY;
            }
        }
        return null;
    }

    /** Where role words stand in a sentence: a name introduced by one stands next to it. */
    List<Integer> roleOffsets(String sentence) {
        List<Integer> out = new java.util.ArrayList<>();
        for (String cue : cues) {
            for (int at = sentence.indexOf(cue); at >= 0; at = sentence.indexOf(cue, at + 1)) {
                out.add(at);
            }
        }
        return out;
    }

    /** Whether the word names someone acting for the one before it ("…의 변호인단은"). */
    boolean actsFor(String word) {
        return actingFor.contains(word);
    }

    boolean isByline(String word) {
        return bylines.stream().anyMatch(word::endsWith);
    }

    boolean isNotActor(String word) {
        return notActors.contains(word);
    }

    /**
     * Whether a name ends in a word no name ends in: an institution in general ("샌프란시스코 주법원") or a thing
     * ("텐서처리장치(TPU)", "공익법인(PBC)").
     */
    boolean endsLikeNoName(String name) {
        return notNameEndings.stream().anyMatch(name::endsWith);
    }

    /**
     * Whether a one-word name is a Korean person's full name: a surname and a two-syllable given name, written as
     * one word ("최태원", "이재명"), as Korean news write them before a title.
     */
    boolean koreanFullName(String name) {
        return name.length() == 3 && name.chars().allMatch(c -> c >= '가' && c <= '힣')
                && koreanSurnames.contains(name.charAt(0));
    }

    /** Whether a name ends the way an organisation's does; a one-syllable form only closes a longer name. */
    boolean hasCompanyForm(String name) {
        for (String form : companyForms) {
            if (name.endsWith(form) && name.length() > form.length()
                    && (form.length() > 1 || name.length() >= 4)) {
                return true;
            }
        }
        return false;
    }
}
