package dev.telewire.bench;

import dev.telewire.bench.stock.truedy.ApiClient;
import dev.telewire.bench.stock.truedy.api.TelephonyApi;
import dev.telewire.bench.stock.truedy.model.PhoneNumberUnassignRequest;
import dev.telewire.bench.stock.truedy.model.UnassignPhoneNumberResponse;
import java.io.IOException;
import okhttp3.OkHttpClient;
import retrofit2.Response;

/**
 * openapi-generator's stock java/retrofit2 client for Truedy, used as its README shows: an
 * {@code ApiClient} with the bearer token, {@code createService}, then {@code execute()} and a
 * status check, which is what a caller of the stock output has to write.
 */
final class StockTruedy {
  private final TelephonyApi api;

  /** With {@code http} null the stock client builds its own OkHttpClient, as it does by default. */
  StockTruedy(OkHttpClient http, String baseUrl, String apiKey) {
    ApiClient client = new ApiClient("BearerAuth");
    client.setBearerToken(apiKey);
    if (http != null) {
      client.configureFromOkclient(http);
    }
    client.getAdapterBuilder().baseUrl(baseUrl);
    this.api = client.createService(TelephonyApi.class);
  }

  UnassignPhoneNumberResponse unassign(PhoneNumberUnassignRequest request) throws IOException {
    Response<UnassignPhoneNumberResponse> response = api.unassignPhoneNumber(request).execute();
    if (!response.isSuccessful()) {
      try (var error = response.errorBody()) {
        throw new IOException("Truedy answered HTTP " + response.code());
      }
    }
    return response.body();
  }

  static PhoneNumberUnassignRequest documentedRequest() {
    return new PhoneNumberUnassignRequest()
        .numberId(Fixtures.NUMBER_ID)
        .assignmentType(PhoneNumberUnassignRequest.AssignmentTypeEnum.INBOUND);
  }
}
