package io.yeonpyo.article;

/** The loader scenarios on the embedded default database. */
class ArticleLoaderH2Test extends ArticleLoaderScenarios {
}
