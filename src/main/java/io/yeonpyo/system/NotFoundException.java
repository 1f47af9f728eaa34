package io.yeonpyo.system;

/**
 * Thrown by a controller when the slug or id in the path names nothing; rendered as a 404 page (or JSON
 * under {@code /api}). {@code messageKey} explains what was missing, with {@code id} as its argument.
 */
public class NotFoundException extends RuntimeException {

    private final String messageKey;
    private final String id;

    public NotFoundException(String messageKey, String id) {
        super(messageKey + ": " + id);
        this.messageKey = messageKey;
        this.id = id;
    }

    String messageKey() {
        return messageKey;
    }

    String id() {
        return id;
    }
}
