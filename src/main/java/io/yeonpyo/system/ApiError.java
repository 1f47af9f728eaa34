package io.yeonpyo.system;

/** The JSON body of every API error: {@code {"status":400,"error":"Bad Request","message":"..."}}. */
record ApiError(int status, String error, String message) {
}
