package dev.telewire.contracts.check;

import java.util.List;
import java.util.Map;

/**
 * A request as a pact file records it; header names are case-insensitive keys.
 *
 * @param body the body, or null when there is none
 * @param matchers the pact's matching rules for the request
 */
record RecordedRequest(
    String method,
    String path,
    Map<String, List<String>> query,
    Map<String, String> headers,
    RecordedBody body,
    Matchers matchers) {}
