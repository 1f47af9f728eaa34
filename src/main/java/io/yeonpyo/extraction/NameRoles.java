package io.yeonpyo.extraction;

import static io.yeonpyo.extraction.NameWords.blankBetween;
import static io.yeonpyo.extraction.NameWords.core;

import io.yeonpyo.extraction.NameWords.Word;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The role word next to an unlisted name, which says who the name is: before it ("변호사 윌리엄 새비트는",
 * "창업자인 에밋 시어가") or a few words after it ("브렛 테일러 오픈AI 이사회 의장은", "브래드 스미스 부회장 겸 사장은").
 */
final class NameRoles {

    /** What a role word before a name may end in: nothing, or "…인", "…이자" ("창업자인 에밋 시어"). */
    private static final Set<String> INTRODUCING = Set.of("", "인", "이자", "이며", "이던", "였던");
    /** Words that may stand between a name and its title: "전 재무장관" (former), "등 다른 이사들" (and the other). */
    static final Set<String> BEFORE_TITLES = Set.of("전", "현", "등", "다른");
    /** What joins two titles of one person: "부회장 겸 사장". */
    private static final Set<String> JOINED_TITLES = Set.of("겸", "및");
    /** How many words after a name its role may stand ("테일러 오픈AI 이사회 의장"). */
    private static final int ROLE_REACH = 4;

    private final DiscoveryWords words;

    NameRoles(DiscoveryWords words) {
        this.words = words;
    }

    /**
     * What a role word next to a name says: its kind, the role (null for an affiliation), the name's case and where
     * the phrase that ends in that case ends (a list goes on from there).
     */
    record Said(ActorKind kind, String role, String caseWord, int end) {
    }

    /**
     * A role a few words after the name: "브렛 테일러 오픈AI 이사회 의장은". A role followed by another name
     * ("와이콤비네이터 대표 샘 알트만") introduces that name: the first one is where the person works.
     */
    Said roleAfter(String text, List<Word> sentence, int to, Predicate<Word> namePart) {
        int reach = to + ROLE_REACH;
        for (int k = to; k < Math.min(sentence.size(), reach); k++) {
            Word next = sentence.get(k);
            if (blankBetween(text, sentence.get(k - 1), next)
                    && BEFORE_TITLES.contains(text.substring(next.start(), next.end()))) {
                reach++; // "래리 서머스 전 재무장관", "헬렌 토너 등 다른 이사들은"
                continue;
            }
            if (!blankBetween(text, sentence.get(k - 1), next) || !next.nominal()
                    || next.listedPerson()) {
                // "사장 피터 틸, 링크드인 회장 리드 호프먼": a comma closes the name's phrase; "최근 트럼프
                // 대통령": the role is the listed name's
                return null;
            }
            String nextCore = DiscoveryWords.singular(core(text, next)); // "등 다른 이사들은"
            ActorKind kind = words.roleKind(nextCore);
            String caseWord = text.substring(next.coreEnd(), next.end());
            int end = next.end();
            if (kind != null && caseWord.isEmpty() && NameGlosses.closeOfGloss(text, next) > 0) {
                // "케빈 스콧 MS 최고기술책임자(CTO)는": the case follows the title's abbreviation
                end = NameGlosses.closeOfGloss(text, next);
                caseWord = ActorMatcher.hangulRun(text, end);
            } else if (kind != null && caseWord.isEmpty()) {
                // "브래드 스미스 부회장 겸 사장은": the case closes the titles
                caseWord = caseOfTitles(text, sentence, k);
            }
            if (kind != null) {
                boolean introducesNext = caseWord.isEmpty() && k + 1 < sentence.size()
                        && blankBetween(text, next, sentence.get(k + 1))
                        && (sentence.get(k + 1).listed() || namePart.test(sentence.get(k + 1)));
                return introducesNext ? new Said(ActorKind.COMPANY, null, "", end)
                        : new Said(kind, nextCore, caseWord, end);
            }
            if (!caseWord.isEmpty()) {
                return null;
            }
        }
        return null;
    }

    private String caseOfTitles(String text, List<Word> sentence, int role) {
        Word joint = role + 2 < sentence.size() ? sentence.get(role + 1) : null;
        if (joint != null && JOINED_TITLES.contains(text.substring(joint.start(), joint.end()))) {
            Word next = sentence.get(role + 2);
            return words.roleKind(core(text, next)) == null ? "" : text.substring(next.coreEnd(), next.end());
        }
        return "";
    }

    /** A role right before the name: "변호사 윌리엄 새비트는", "창업자인 에밋 시어가". */
    Said roleBefore(String text, Word before, String caseWord, int end) {
        if (!before.nominal() || !INTRODUCING.contains(text.substring(before.coreEnd(), before.end()))) {
            return null;
        }
        ActorKind kind = words.roleKind(core(text, before));
        return kind == null ? null : new Said(kind, core(text, before), caseWord, end);
    }

    /**
     * "샘 올트먼 CEO 해임 사태가": a title right after a listed person is theirs and introduces nobody; after their
     * genitive ("머스크의 변호사 마크 토버로프") it introduces the next name.
     */
    static boolean titleOfListedPerson(String text, List<Word> sentence, int role) {
        Word before = role > 0 ? sentence.get(role - 1) : null;
        return before != null && before.listedPerson() && before.coreEnd() == before.end()
                && blankBetween(text, before, sentence.get(role));
    }
}
