package io.yeonpyo;

import io.yeonpyo.extraction.ActorEntry;
import io.yeonpyo.extraction.Lexicon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A corpus of N article files made from the seed articles: each copy gets its own publication month (so relative
 * dates resolve differently and merging has work to do) and other spellings of the same names (so the actor
 * matcher does too). Deterministic for a given N.
 */
public final class SyntheticCorpus {

    private SyntheticCorpus() {
    }

    /** @return the bytes written */
    public static long write(Path folder, int articles, Lexicon lexicon) throws IOException {
        List<String> bodies = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("data/articles"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                bodies.add(withoutFrontMatter(Files.readString(seed)));
            }
        }
        Random random = new Random(articles);
        long bytes = 0;
        for (int i = 0; i < articles; i++) {
            String body = respell(bodies.get(i % bodies.size()), lexicon, random);
            // The copy number in the title keeps every file distinct (identical texts would be loaded once).
            String text = "---\nsource: benchmark copy of seed " + (i % bodies.size()) + "\ntitle: copy " + i
                    + "\npublished: "
                    + String.format("%04d-%02d", 2016 + random.nextInt(10), 1 + random.nextInt(12)) + "\n---\n" + body;
            byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
            Files.write(folder.resolve(String.format("bench_%06d.txt", i)), encoded);
            bytes += encoded.length;
        }
        return bytes;
    }

    /**
     * Articles made of plain news sentences about random pairs of companies on random absolute days, so that the
     * timeline gets about {@code articles * sentencesPerArticle} distinct events: the data for web benchmarks.
     */
    public static void writeEventRich(Path folder, int articles, int sentencesPerArticle, Lexicon lexicon)
            throws IOException {
        List<String> companies = lexicon.actors().stream()
                .filter(a -> a.kind() == io.yeonpyo.extraction.ActorKind.COMPANY && a.nameKo() != null)
                .map(ActorEntry::nameKo).toList();
        // {a} and {b} take the particle that fits their last syllable: 구글은 / MS는, 오라클과 / 오픈AI와
        List<String> patterns = List.of("{day} {a}은/는 {b}에 {n}억 달러를 투자했다.",
                "{day} {a}은/는 {b}과/와 클라우드 파트너십을 맺었다.", "{day} {a}은/는 {b}을/를 상대로 소송을 제기했다.",
                "{day} {a}은/는 {b} 인수를 제안했다.", "{day} {a}은/는 {b}과/와 독점 공급 계약을 체결했다.");
        Random random = new Random(articles * 31L + sentencesPerArticle);
        for (int i = 0; i < articles; i++) {
            StringBuilder text = new StringBuilder("---\nsource: synthetic\npublished: 2026-01-15\n---\n");
            for (int s = 0; s < sentencesPerArticle; s++) {
                String day = String.format("%d년 %d월 %d일", 2000 + random.nextInt(26), 1 + random.nextInt(12),
                        1 + random.nextInt(28));
                String a = companies.get(random.nextInt(companies.size()));
                String b = companies.get(random.nextInt(companies.size()));
                if (a.equals(b)) {
                    continue;
                }
                String sentence = patterns.get(random.nextInt(patterns.size()))
                        .replace("{day}", day).replace("{n}", String.valueOf(1 + random.nextInt(900)));
                text.append(withParticle(withParticle(sentence, "{a}", a), "{b}", b)).append('\n');
            }
            Files.writeString(folder.resolve(String.format("events_%05d.txt", i)), text);
        }
    }

    /** Replaces "{x}은/는" (and 을/를, 과/와) by the name with the particle its last syllable takes. */
    private static String withParticle(String sentence, String placeholder, String name) {
        char last = name.charAt(name.length() - 1);
        boolean closed = last >= 0xAC00 && last <= 0xD7A3 && (last - 0xAC00) % 28 != 0;
        String result = sentence;
        for (String pair : List.of("은/는", "을/를", "과/와")) {
            String[] choices = pair.split("/");
            result = result.replace(placeholder + pair, name + (closed ? choices[0] : choices[1]));
        }
        return result.replace(placeholder, name);
    }

    private static String withoutFrontMatter(String text) {
        if (!text.startsWith("---\n")) {
            return text;
        }
        return text.substring(text.indexOf("\n---\n", 4) + 5);
    }

    /** Swaps each multi-syllable Korean alias for another spelling of the same actor, picked at random. */
    private static String respell(String body, Lexicon lexicon, Random random) {
        String result = body;
        for (ActorEntry actor : lexicon.actors()) {
            List<String> korean = actor.aliases().stream()
                    .filter(a -> a.length() >= 3 && a.chars().allMatch(c -> c >= 0xAC00 && c <= 0xD7A3)).toList();
            if (korean.size() < 2) {
                continue;
            }
            String from = korean.get(random.nextInt(korean.size()));
            String to = korean.get(random.nextInt(korean.size()));
            if (!from.equals(to) && !to.contains(from)) {
                result = result.replace(from, to);
            }
        }
        return result;
    }
}
