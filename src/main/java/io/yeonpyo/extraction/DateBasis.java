package io.yeonpyo.extraction;

/**
 * What a relative date counts from: the publication ("publication", "publicationDay") or the date before
 * ("previous"). Kept with its date so a reader is told how a date was derived.
 */
record DateBasis(String kind, PartialDate from) {

    static DateBasis publication(PartialDate pub) {
        return new DateBasis("publication", pub);
    }
}
