package dev.telewire.contracts.check;

import java.util.List;

/** One HTTP interaction of a pact file: a request the consumer sends and the response it expects. */
public final class Interaction {
  private final String description;
  private final List<String> providerStates;
  private final RecordedRequest request;
  private final RecordedResponse response;

  Interaction(String description, List<String> providerStates, RecordedRequest request, RecordedResponse response) {
    this.description = description;
    this.providerStates = List.copyOf(providerStates);
    this.request = request;
    this.response = response;
  }

  /** The interaction's description, which names it in the pact file. */
  public String description() {
    return description;
  }

  /** What must be true on the provider for this interaction, in the order given. */
  public List<String> providerStates() {
    return providerStates;
  }

  /** The status code of the expected response. */
  public int status() {
    return response.status();
  }

  RecordedRequest request() {
    return request;
  }

  RecordedResponse response() {
    return response;
  }

  @Override
  public String toString() {
    return description + " (" + request.method() + " " + request.path() + " -> " + response.status() + ")";
  }
}
