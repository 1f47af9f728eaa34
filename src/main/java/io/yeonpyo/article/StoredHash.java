package io.yeonpyo.article;

record StoredHash(String id, String contentHash) {
}
