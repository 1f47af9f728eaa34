package io.yeonpyo.article;

import io.yeonpyo.actor.ActorCandidates;
import io.yeonpyo.extraction.ActorCandidate;
import io.yeonpyo.extraction.ActorKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An article's unlisted names, written as one JDBC batch with its sentences and read back for discovery. */
@Component
class CandidateRows implements ActorCandidates {

    private static final String INSERT = "insert into actor_candidate (article_id, sentence_idx, pos, name, kind,"
            + " role, gloss, party, presented) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT = "select article_id, sentence_idx, name, kind, role, gloss, party, presented"
            + " from actor_candidate order by article_id, sentence_idx, pos";

    private final JdbcTemplate jdbc;

    CandidateRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The article's sentences must already be written (the names refer to them). */
    void write(String articleId, List<ActorCandidate> candidates) {
        List<Object[]> rows = new ArrayList<>(candidates.size());
        for (int pos = 0; pos < candidates.size(); pos++) {
            ActorCandidate c = candidates.get(pos);
            rows.add(new Object[] {articleId, c.sentenceIndex(), pos, c.name(),
                    c.kind() == null ? null : c.kind().name(), c.role(), c.gloss(), c.party(), c.presented()});
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(INSERT, rows);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<ActorCandidate>> byArticle() {
        Map<String, List<ActorCandidate>> out = new HashMap<>();
        jdbc.query(SELECT, rs -> {
            String kind = rs.getString("kind");
            out.computeIfAbsent(rs.getString("article_id"), id -> new ArrayList<>()).add(new ActorCandidate(
                    rs.getInt("sentence_idx"), rs.getString("name"), kind == null ? null : ActorKind.valueOf(kind),
                    rs.getString("role"), rs.getString("gloss"), rs.getBoolean("party"),
                    rs.getBoolean("presented")));
        });
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public String sentence(String articleId, int index) {
        return jdbc.queryForList("select text from article_sentence where article_id = ? and idx = ?", String.class,
                articleId, index).stream().findFirst().orElse(null);
    }
}
