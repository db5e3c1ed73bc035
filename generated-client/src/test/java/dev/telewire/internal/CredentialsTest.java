package dev.telewire.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

/**
 * What the credentials interceptor hands on: the request untouched when it has nothing to add,
 * the caller's own {@code User-Agent}, and for a query credential one authorized URL per repeated
 * request URL, up to the cache's bound.
 */
class CredentialsTest {
  private static final HttpUrl BASE = HttpUrl.get("https://api.example.com/v1/");
  private static final Secret SECRET = Secret.of("apiKey", "s3cret-value");

  private final List<Request> handedOn = new ArrayList<>();

  /** Sends {@code request} through {@code credentials}; the next interceptor answers instead of the network. */
  private Request send(Credentials credentials, Request request) throws IOException {
    Interceptor answer = chain -> {
      handedOn.add(chain.request());
      return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(200).message("OK")
          .body(ResponseBody.create("", null)).build();
    };
    OkHttpClient client = new OkHttpClient.Builder().addInterceptor(credentials).addInterceptor(answer).build();
    try (Response ignored = client.newCall(request).execute()) {
      return handedOn.get(handedOn.size() - 1);
    }
  }

  private static Request get(String url) {
    return new Request.Builder().url(url).header("User-Agent", "their-app/1.0").build();
  }

  @Test
  void requestToAnotherHostWithItsOwnUserAgentIsHandedOnUncopied() throws IOException {
    Request request = get("https://elsewhere.example.com/file");

    Request sent = send(new Credentials(BASE, Credentials.Placement.HEADER, "X-Key", SECRET), request);

    assertThat(sent).isSameAs(request);
  }

  @Test
  void requestThatAlreadyCarriesTheCredentialIsHandedOnUncopied() throws IOException {
    Credentials credentials = new Credentials(BASE, Credentials.Placement.BEARER_HEADER, "Authorization", SECRET);
    Request authorized = send(credentials, get("https://api.example.com/v1/numbers"));

    Request sent = send(credentials, authorized); // as a retry or a follow-up passes through again

    assertThat(sent).isSameAs(authorized);
  }

  @Test
  void callersOwnUserAgentIsKept() throws IOException {
    Request sent = send(new Credentials(BASE, Credentials.Placement.HEADER, "X-Key", SECRET),
        get("https://api.example.com/v1/numbers"));

    assertThat(sent.headers("User-Agent")).containsExactly("their-app/1.0");
  }

  @Test
  void repeatedUrlGetsTheSameAuthorizedUrl() throws IOException {
    Credentials credentials = new Credentials(BASE, Credentials.Placement.QUERY, "api_key", SECRET);

    HttpUrl first = send(credentials, get("https://api.example.com/v1/numbers")).url();
    HttpUrl second = send(credentials, get("https://api.example.com/v1/numbers")).url();

    assertThat(second).isSameAs(first);
  }

  @Test
  void repeatedUrlCarriesTheCredentialOnce() throws IOException {
    Credentials credentials = new Credentials(BASE, Credentials.Placement.QUERY, "api_key", SECRET);
    send(credentials, get("https://api.example.com/v1/numbers"));

    HttpUrl again = send(credentials, get("https://api.example.com/v1/numbers")).url();

    assertThat(again.queryParameterValues("api_key")).containsExactly("s3cret-value");
  }

  @Test
  void cacheKeepsNoMoreThan64Urls() throws IOException {
    Credentials credentials = new Credentials(BASE, Credentials.Placement.QUERY, "api_key", SECRET);
    for (int page = 0; page < 64; page++) {
      send(credentials, get("https://api.example.com/v1/numbers?page=" + page));
    }

    HttpUrl first = send(credentials, get("https://api.example.com/v1/numbers?page=64")).url();
    HttpUrl second = send(credentials, get("https://api.example.com/v1/numbers?page=64")).url();

    assertThat(second).isNotSameAs(first).isEqualTo(first);
  }

  @Test
  void toStringNamesThePlacementTheNameAndTheHostButNotTheSecret() {
    Credentials credentials = new Credentials(BASE, Credentials.Placement.QUERY, "api_key", SECRET);

    assertThat(credentials.toString())
        .isEqualTo("Credentials{QUERY api_key for api.example.com, secret=" + Secret.MASK + "}");
  }
}
