package io.yeonpyo.extraction;

/** A data file is missing or malformed; the message names the file and the entry. */
public class LexiconException extends RuntimeException {

    public LexiconException(String message) {
        super(message);
    }

    public LexiconException(String message, Throwable cause) {
        super(message, cause);
    }
}
