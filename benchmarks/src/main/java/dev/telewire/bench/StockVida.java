package dev.telewire.bench;

import dev.telewire.bench.stock.vida.ApiClient;
import dev.telewire.bench.stock.vida.api.PhoneNumbersApi;
import dev.telewire.bench.stock.vida.model.ReturnPhoneNumberRequest;
import dev.telewire.bench.stock.vida.model.ReturnPhoneNumberResponse;
import java.io.IOException;
import okhttp3.OkHttpClient;
import retrofit2.Response;

/** openapi-generator's stock java/retrofit2 client for Vida, used as its README shows. */
final class StockVida {
  private final PhoneNumbersApi api;

  /** With {@code http} null the stock client builds its own OkHttpClient, as it does by default. */
  StockVida(OkHttpClient http, String baseUrl, String apiToken) {
    ApiClient client = new ApiClient("apiKeyAuth", apiToken);
    if (http != null) {
      client.configureFromOkclient(http);
    }
    client.getAdapterBuilder().baseUrl(baseUrl);
    this.api = client.createService(PhoneNumbersApi.class);
  }

  ReturnPhoneNumberResponse returnNumber(ReturnPhoneNumberRequest request) throws IOException {
    Response<ReturnPhoneNumberResponse> response = api.returnPhoneNumber(request).execute();
    if (!response.isSuccessful()) {
      try (var error = response.errorBody()) {
        throw new IOException("Vida answered HTTP " + response.code());
      }
    }
    return response.body();
  }

  static ReturnPhoneNumberRequest documentedRequest() {
    return new ReturnPhoneNumberRequest().number(Fixtures.E164_NUMBER);
  }
}
