package dev.telewire.contracts.check;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A request or response body as a pact file records it.
 *
 * @param contentType the media type the pact gives the body, or null
 * @param json the body as JSON when it is JSON, else null
 */
record RecordedBody(String contentType, JsonNode json) {}
