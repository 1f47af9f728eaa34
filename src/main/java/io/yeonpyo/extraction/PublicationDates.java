package io.yeonpyo.extraction;

import java.util.Optional;

/** Finds the publication date printed in an article's page text ("발행: 2025.06.08 06:42", "Nov 22. 2023"). */
public final class PublicationDates {

    private PublicationDates() {
    }

    public static Optional<PartialDate> findPrinted(String text) {
        throw new UnsupportedOperationException("implemented by the extraction work");
    }
}
