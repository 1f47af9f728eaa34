package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which candidates become actors, which spellings are one actor, and what they are called. */
class DiscoveredActorsTest {

    private static final Lexicon LEXICON = Lexicon.load(Path.of("data"));

    private static ActorCandidate party(String name, String role) {
        return new ActorCandidate(0, name, role == null ? null : ActorKind.PERSON, role, null, true, false);
    }

    private static ActorCandidate named(String name, String role) {
        return new ActorCandidate(1, name, role == null ? null : ActorKind.PERSON, role, null, false, false);
    }

    private static ActorCandidate presented(String name, String role) {
        return new ActorCandidate(2, name, ActorKind.PERSON, role, null, false, true);
    }

    @Test
    void aPartyToAnEventOrANameInTwoArticlesIsAnActor() {
        List<DiscoveredActor> actors = DiscoveredActors.of(Map.of(
                "a1", List.of(party("윌리엄 새비트", "변호사"), named("리나 칸", "위원장"), named("시본 질리스", "멤버")),
                "a2", List.of(named("시본 질리스", null))), LEXICON);
        assertThat(actors).extracting(DiscoveredActor::nameKo).containsExactly("시본 질리스", "윌리엄 새비트");
    }

    @Test
    void aFullNamePresentedWithItsTitleIsAnActorNamedOnce() {
        List<DiscoveredActor> actors = DiscoveredActors.of(Map.of(
                "a1", List.of(presented("마리아 로페즈", "최고재무책임자"), named("토마스 베커", "장관"))), LEXICON);
        assertThat(actors).extracting(DiscoveredActor::nameKo).containsExactly("마리아 로페즈");
        assertThat(actors.get(0).parties()).as("presented, not a party to an event").isZero();
    }

    @Test
    void spellingsOfOneNameAreOneActor() {
        List<DiscoveredActor> actors = DiscoveredActors.of(Map.of(
                "a1", List.of(party("마크 토버로프", "변호사"), party("토버로프", null)),
                "a2", List.of(party("마크 토베로프", "변호사")),
                "a3", List.of(party("이본 곤잘레스 로저스", "판사"), party("곤잘레스", "판사"), party("곤살레스", "판사"))),
                LEXICON);
        assertThat(actors).extracting(DiscoveredActor::spellings).containsExactlyInAnyOrder(
                List.of("이본 곤잘레스 로저스", "곤살레스", "곤잘레스"),
                List.of("마크 토버로프", "마크 토베로프", "토버로프"));
    }

    @Test
    void twoPeopleSharingASurnameStayApart() {
        List<DiscoveredActor> actors = DiscoveredActors.of(Map.of(
                "a1", List.of(party("킴벌 머스크", "이사"), party("메이 머스크", "모델"), party("피터 틸", null),
                        party("틸", null))), LEXICON);
        assertThat(actors).extracting(DiscoveredActor::spellings).containsExactlyInAnyOrder(
                List.of("킴벌 머스크"), List.of("메이 머스크"), List.of("피터 틸", "틸"));
    }

    @Test
    void namesALetterApartWithTitlesOfTheirOwnAreTwoPeople() {
        List<DiscoveredActor> actors = DiscoveredActors.of(Map.of(
                "a1", List.of(party("이재명", "대통령"), party("이재용", "회장"), party("최태원", "회장")),
                "a2", List.of(party("박정호", "부회장"), party("박정효", "사장"),
                        party("마크 토버로프", "변호사"), party("마크 토베로프", null))), LEXICON);
        assertThat(actors).extracting(DiscoveredActor::spellings).containsExactlyInAnyOrder(
                List.of("이재명"), List.of("이재용"), List.of("최태원"), List.of("박정호"), List.of("박정효"),
                List.of("마크 토버로프", "마크 토베로프"));
    }

    @Test
    void aGlossAndItsNameAreOneOrganisationWithTheLatinNameInEnglish() {
        DiscoveredActor accc = DiscoveredActors.of(Map.of(
                "a1", List.of(new ActorCandidate(2, "경쟁소비자위원회", ActorKind.COMPANY, null, "ACCC", true, false)),
                "a2", List.of(new ActorCandidate(0, "ACCC", ActorKind.COMPANY, null, null, false, false))), LEXICON).get(0);
        assertThat(accc.nameKo()).isEqualTo("경쟁소비자위원회");
        assertThat(accc.nameEn()).isEqualTo("ACCC");
        assertThat(accc.kind()).isEqualTo(ActorKind.COMPANY);
        assertThat(accc.articles()).isEqualTo(2);
        assertThat(accc.parties()).as("the name and its gloss are one sentence's party").isEqualTo(1);
    }

    @Test
    void aPersonIsNamedByTheMostFrequentFullSpellingRomanised() {
        DiscoveredActor taylor = DiscoveredActors.of(Map.of(
                "a1", List.of(party("브렛 테일러", "의장"), party("테일러", "의장")),
                "a2", List.of(party("브렛 테일러", "회장"))), LEXICON).get(0);
        assertThat(taylor.id()).isEqualTo("beuret-teilleo");
        assertThat(taylor.nameEn()).isEqualTo("Beuret Teilleo");
        assertThat(taylor.kind()).isEqualTo(ActorKind.PERSON);
        assertThat(taylor.role()).isEqualTo("의장");
        assertThat(taylor.parties()).as("sentences where a spelling of him is a party").isEqualTo(2);
    }

    @Test
    void aMisspeltListedNameIsNoNewActor() {
        assertThat(DiscoveredActors.of(Map.of("a1", List.of(party("그레그 브로크먼", null), party("그렉", "사장"))),
                LEXICON)).isEmpty();
    }

    @Test
    void idsDoNotDependOnTheOrderOfArticles() {
        Map<String, List<ActorCandidate>> forward = new LinkedHashMap<>();
        forward.put("a1", List.of(party("닉 털리", "책임자"), party("리나 칸", null)));
        forward.put("a2", List.of(party("리나 칸", "위원장")));
        Map<String, List<ActorCandidate>> backward = new LinkedHashMap<>();
        backward.put("a2", forward.get("a2"));
        backward.put("a1", forward.get("a1"));
        assertThat(DiscoveredActors.of(backward, LEXICON)).isEqualTo(DiscoveredActors.of(forward, LEXICON));
        assertThat(DiscoveredActors.of(forward, LEXICON)).extracting(DiscoveredActor::id)
                .containsExactly("nik-teolli", "rina-kan");
    }
}
