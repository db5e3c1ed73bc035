package dev.telewire.contracts.check;

import java.util.Map;

/**
 * A response as a pact file records it; header names are case-insensitive keys.
 *
 * @param body the body, or null when there is none
 * @param matchers the pact's matching rules for the response
 */
record RecordedResponse(int status, Map<String, String> headers, RecordedBody body, Matchers matchers) {}
