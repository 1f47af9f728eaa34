package io.yeonpyo.extraction;

import io.yeonpyo.extraction.MentionCluster.Facts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The clusters of {@link EventMerger} filed under keys of type, year, main actors and headline, so that a mention is
 * compared only with the few clusters that may take it instead of with every one: what lets 10,000 articles merge in
 * seconds. Which keys a mention files and looks up is a question of its own, apart from whether a cluster admits it.
 */
final class ClusterIndex {

    private final Map<String, TreeSet<Integer>> index = new HashMap<>();

    /** Indices of the clusters that may take the mention, in the order they were opened. */
    Set<Integer> candidates(Facts m) {
        TreeSet<Integer> union = new TreeSet<>();
        List<String> keys = new ArrayList<>(lookupKeys(m, yearKey(m.mention().date())));
        if (m.mention().date() != null) {
            keys.addAll(lookupKeys(m, yearKey(null))); // a dated mention would also fit a cluster without dates
        }
        for (String key : keys) {
            TreeSet<Integer> bucket = index.get(key);
            if (bucket != null) {
                union.addAll(bucket);
            }
        }
        return union;
    }

    /** Files the cluster numbered {@code cluster} under the keys of its new member. */
    void file(Facts m, int cluster) {
        for (String key : memberKeys(m)) {
            index.computeIfAbsent(key, k -> new TreeSet<>()).add(cluster);
        }
    }

    /**
     * Index keys under which a cluster is found, from one member: its type, the year of its date and its main actors
     * (each pair of them, each one alone), and its type with its headline. Two mentions overlap when they share two
     * main actors or the sparser one has a single main actor the other shares; unless they say the same thing (same
     * headline), the dates of a cluster a mention joins are all compatible with its own and lie in the same year.
     */
    private static List<String> memberKeys(Facts m) {
        String at = family(m.mention().type()) + "|" + yearKey(m.mention().date());
        List<String> keys = sameThingKeys(m);
        List<String> main = m.main().stream().distinct().sorted().toList();
        if (main.isEmpty()) {
            keys.add(at + "|none");
        } else if (main.size() == 1) {
            keys.add(at + "|one|" + main.get(0));
        } else {
            for (int i = 0; i < main.size(); i++) {
                for (int j = i + 1; j < main.size(); j++) {
                    keys.add(at + "|pair|" + main.get(i) + "|" + main.get(j));
                }
            }
        }
        main.forEach(a -> keys.add(at + "|any|" + a));
        return keys;
    }

    /** The keys to look up for a mention: the ones its possible clusters were filed under. */
    private static List<String> lookupKeys(Facts m, String year) {
        String at = family(m.mention().type()) + "|" + year;
        List<String> keys = sameThingKeys(m);
        List<String> main = m.main().stream().distinct().sorted().toList();
        if (main.isEmpty()) {
            keys.add(at + "|none");
        } else if (main.size() == 1) {
            keys.add(at + "|any|" + main.get(0));
        } else {
            for (int i = 0; i < main.size(); i++) {
                keys.add(at + "|one|" + main.get(i));
                for (int j = i + 1; j < main.size(); j++) {
                    keys.add(at + "|pair|" + main.get(i) + "|" + main.get(j));
                }
            }
        }
        return keys;
    }

    /** Keys that find a cluster saying the same thing in any year: its headline, or its act when it names a sum. */
    private static List<String> sameThingKeys(Facts m) {
        List<String> keys = new ArrayList<>();
        keys.add(family(m.mention().type()) + "|headline|" + m.mention().headline());
        if (m.mention().amount() != null) {
            keys.add(family(m.mention().type()) + "|act|" + m.act());
        }
        return keys;
    }

    /** Deals filed together: a cloud deal is a contract to one outlet and a partnership to another. */
    private static String family(EventType type) {
        return MentionCluster.DEALS.contains(type) ? "DEAL" : type.name();
    }

    private static String yearKey(PartialDate date) {
        return date == null ? "undated" : Integer.toString(date.year());
    }
}
