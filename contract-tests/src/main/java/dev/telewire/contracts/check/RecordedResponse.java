package dev.telewire.contracts.check;

import java.util.Map;

/**
 * A response as a pact file records it; header names are case-insensitive keys.
 *
 * @param body the body, or null when there is none
 */
record RecordedResponse(int status, Map<String, String> headers, RecordedBody body) {}
