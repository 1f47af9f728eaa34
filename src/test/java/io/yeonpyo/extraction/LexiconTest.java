package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {

    private static final Path DATA = Path.of("data");

    @Test
    void loadsTheDataFolder() {
        Lexicon lexicon = Lexicon.load(DATA);

        assertThat(lexicon.actors()).extracting(ActorEntry::id).contains("microsoft", "openai", "google", "softbank",
                "oracle", "xai", "satya-nadella", "sam-altman", "elon-musk", "mustafa-suleyman", "ilya-sutskever",
                "mira-murati");
        assertThat(lexicon.actor("sam-altman")).get().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ActorKind.PERSON);
            assertThat(a.aliases()).contains("알트먼", "올트먼", "샘 알트먼", "셈 알트먼", "Sam Altman");
        });
        assertThat(lexicon.actor("masayoshi-son")).get().extracting(ActorEntry::aliases).asList().contains("손정의");
        assertThat(lexicon.actor("openai")).get().extracting(ActorEntry::products).asList()
                .contains("챗GPT", "챗 GPT", "ChatGPT");
        assertThat(lexicon.actor("nobody")).isEmpty();
        assertThat(lexicon.shortName("microsoft")).isEqualTo("MS");
        assertThat(lexicon.shortName("elon-musk")).isEqualTo("머스크");
        assertThat(lexicon.label(EventType.INVESTMENT)).isEqualTo("투자");
        assertThat(lexicon.krwPerUsd()).isEqualByComparingTo("1380");
        assertThat(lexicon.triggerWords().get(EventType.BOARD)).contains("옵서버", "옵저버", "해임", "축출", "복귀");
        assertThat(lexicon.triggerWords().get(EventType.ACQUISITION)).contains("인수 제안", "인수", "매각");
    }

    @Test
    void relationshipsCoverBothSides() {
        Lexicon lexicon = Lexicon.load(DATA);
        assertThat(lexicon.relationships()).extracting(RelationshipEntry::id).containsExactly("ms-openai", "musk-altman");
        assertThat(lexicon.relationshipsOf(List.of("microsoft", "openai"))).containsExactly("ms-openai");
        assertThat(lexicon.relationshipsOf(List.of("elon-musk", "openai", "sam-altman")))
                .containsExactly("musk-altman");
        assertThat(lexicon.relationshipsOf(List.of("satya-nadella", "sam-altman"))).containsExactly("ms-openai");
        assertThat(lexicon.relationshipsOf(List.of("google", "openai"))).isEmpty();
    }

    @Test
    void userDictionaryKeepsNamesWhole() throws IOException {
        String dictionary = Lexicon.load(DATA).noriUserDictionary();
        assertThat(dictionary.lines()).contains("마이크로소프트", "나델라", "술레이먼", "슐레이먼", "알트먼", "손정의")
                .doesNotContain("MS", "오픈AI").isSorted().doesNotHaveDuplicates();

        UserDictionary user = UserDictionary.open(new StringReader(dictionary));
        assertThat(tokens(user, "마이크로소프트와 술레이먼, 나델라가 만났다"))
                .contains("마이크로소프트", "술레이먼", "나델라");
    }

    @Test
    void namesTheFileAndEntryOfABadActor(@TempDir Path dir) throws IOException {
        copyData(dir);
        Files.writeString(dir.resolve("actors.yml"), """
                actors:
                  - id: microsoft
                    kind: COMPANY
                    name_ko: 마이크로소프트
                    name_en: Microsoft
                    aliases: [MS]
                  - id: openai
                    kind: CORPORATION
                    name_ko: 오픈AI
                    name_en: OpenAI
                    aliases: [오픈AI]
                relationships: []
                """);
        assertThatThrownBy(() -> Lexicon.load(dir)).isInstanceOf(LexiconException.class)
                .hasMessageContaining("actors.yml").hasMessageContaining("openai").hasMessageContaining("CORPORATION");
    }

    @Test
    void rejectsAnAliasUsedByTwoActorsAndAnUnknownRelationshipMember(@TempDir Path dir) throws IOException {
        copyData(dir);
        Files.writeString(dir.resolve("actors.yml"), """
                actors:
                  - {id: microsoft, kind: COMPANY, name_ko: 마이크로소프트, name_en: Microsoft, aliases: [MS]}
                  - {id: morgan-stanley, kind: COMPANY, name_ko: 모건스탠리, name_en: Morgan Stanley, aliases: [MS]}
                relationships: []
                """);
        assertThatThrownBy(() -> Lexicon.load(dir)).hasMessageContaining("morgan-stanley").hasMessageContaining("'MS'");

        Files.writeString(dir.resolve("actors.yml"), """
                actors:
                  - {id: microsoft, kind: COMPANY, name_ko: 마이크로소프트, name_en: Microsoft, aliases: [MS]}
                relationships:
                  - {id: ms-openai, name_ko: 동맹, name_en: alliance, side_a: [microsoft], side_b: [openai]}
                """);
        assertThatThrownBy(() -> Lexicon.load(dir)).hasMessageContaining("ms-openai").hasMessageContaining("'openai'");
    }

    @Test
    void readsUnlistedDoersAndNamesABadOne(@TempDir Path dir) throws IOException {
        Lexicon lexicon = Lexicon.load(Path.of("data"));
        assertThat(lexicon.unlistedDoerEnding("연방법원")).isEqualTo("법원");
        assertThat(lexicon.unlistedDoerEnding("배심원단")).isEqualTo("배심원단");
        assertThat(lexicon.unlistedDoerEn("법원")).isEqualTo("Court");
        assertThat(lexicon.unlistedDoerEnding("오픈AI")).isNull();

        copyData(dir);
        Files.writeString(dir.resolve("actors.yml"), """
                actors:
                  - {id: microsoft, kind: COMPANY, name_ko: 마이크로소프트, name_en: Microsoft, aliases: [MS]}
                unlisted_doers:
                  법원: [Court]
                relationships: []
                """);
        assertThatThrownBy(() -> Lexicon.load(dir)).isInstanceOf(LexiconException.class)
                .hasMessageContaining("actors.yml").hasMessageContaining("법원").hasMessageContaining("English");
    }

    @Test
    void namesTheFileOfABadEventTypeOrRate(@TempDir Path dir) throws IOException {
        copyData(dir);
        Files.writeString(dir.resolve("event-types.yml"), """
                MERGER:
                  label: 합병
                  priority: 50
                  headline: "{subject}"
                  triggers: [합병]
                """);
        assertThatThrownBy(() -> Lexicon.load(dir)).hasMessageContaining("event-types.yml").hasMessageContaining("MERGER");

        // a trigger's own headline would otherwise be said in English with the type's, which tells another act
        Files.writeString(dir.resolve("event-types.yml"), """
                INVESTMENT:
                  label: 투자
                  priority: 50
                  headline: "{subject}, {object}에 투자"
                  headline_en: "{subject} invests[ in {object}]"
                  triggers: [투자, {word: 지분, headline: "{subject}, {object} 지분 확보"}]
                """);
        assertThatThrownBy(() -> Lexicon.load(dir)).hasMessageContaining("event-types.yml")
                .hasMessageContaining("지분").hasMessageContaining("headline_en");

        Files.writeString(dir.resolve("event-types.yml"), """
                FOUNDING:
                  label: 설립
                  priority: 70
                  headline: "{subject}, {object} 설립"
                  headline_en: "{subject} founds[ {object}]"
                  triggers: [설립]
                  object_verbs: {objects: [회사]}
                """);
        assertThatThrownBy(() -> Lexicon.load(dir)).hasMessageContaining("event-types.yml")
                .hasMessageContaining("FOUNDING").hasMessageContaining("object_verbs");

        copyData(dir);
        Files.writeString(dir.resolve("exchange-rates.yml"), "krw-per-usd: lots\n");
        assertThatThrownBy(() -> Lexicon.load(dir)).hasMessageContaining("exchange-rates.yml")
                .hasMessageContaining("krw-per-usd");

        Files.delete(dir.resolve("exchange-rates.yml"));
        assertThatThrownBy(() -> Lexicon.load(dir)).hasMessageContaining("exchange-rates.yml")
                .hasMessageContaining("not found");

        copyData(dir);
        Files.writeString(dir.resolve("actors.yml"), "actors: [\n");
        assertThatThrownBy(() -> Lexicon.load(dir)).hasMessageContaining("actors.yml").hasMessageContaining("YAML");
    }

    private static void copyData(Path dir) throws IOException {
        for (String name : List.of("actors.yml", "event-types.yml", "exchange-rates.yml")) {
            Files.copy(DATA.resolve(name), dir.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static List<String> tokens(UserDictionary user, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (KoreanTokenizer tokenizer = new KoreanTokenizer(KoreanTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, user,
                KoreanTokenizer.DecompoundMode.DISCARD, false)) {
            tokenizer.setReader(new StringReader(text));
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                out.add(term.toString());
            }
            tokenizer.end();
        }
        return out;
    }
}
