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
            String text = "---\nsource: benchmark copy of seed " + (i % bodies.size()) + "\npublished: "
                    + String.format("%04d-%02d", 2016 + random.nextInt(10), 1 + random.nextInt(12)) + "\n---\n" + body;
            byte[] encoded = text.getBytes(StandardCharsets.UTF_8);
            Files.write(folder.resolve(String.format("bench_%06d.txt", i)), encoded);
            bytes += encoded.length;
        }
        return bytes;
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
