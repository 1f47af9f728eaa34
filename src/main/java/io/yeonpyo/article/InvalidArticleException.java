package io.yeonpyo.article;

/** An article file that cannot be loaded; the note says why in words a user can act on. */
class InvalidArticleException extends RuntimeException {

    private final transient LoadNote note;

    InvalidArticleException(String key, Object... args) {
        this(LoadNote.of(key, args));
    }

    private InvalidArticleException(LoadNote note) {
        super(note.key() + note.args());
        this.note = note;
    }

    LoadNote note() {
        return note;
    }
}
