package io.yeonpyo.article;

/** An article file that cannot be loaded; the message says why in words a user can act on. */
class InvalidArticleException extends RuntimeException {

    InvalidArticleException(String message) {
        super(message);
    }
}
