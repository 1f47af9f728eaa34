package io.yeonpyo.article;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<ArticleRecord, String> {

    /** Id and content hash of every stored article, without loading their sentences. */
    @Query("select new io.yeonpyo.article.StoredHash(a.id, a.contentHash) from ArticleRecord a")
    List<StoredHash> findAllHashes();

    /** The database deletes the sentences and their dates with the article (on delete cascade), row by row unseen. */
    @Modifying
    @Query("delete from ArticleRecord a where a.id = :id")
    int deleteWithSentences(String id);
}
