package dev.telewire;

import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One convenience call of each generated vendor client, sync or async, with a valid request, so
 * that a test can run the same scenario through all four and get the failure (unwrapped from the
 * future), or null.
 */
enum VendorCall {
  TRUEDY_SYNC(true, false),
  TRUEDY_ASYNC(true, true),
  VIDA_SYNC(false, false),
  VIDA_ASYNC(false, true);

  static final String TRUEDY_KEY = "tr_secret_key";
  static final String VIDA_TOKEN = "vida_secret_token";

  final boolean truedy;
  final boolean async;

  VendorCall(boolean truedy, boolean async) {
    this.truedy = truedy;
    this.async = async;
  }

  /** The credential this call's client is built with. */
  String credential() {
    return truedy ? TRUEDY_KEY : VIDA_TOKEN;
  }

  /** The documented 200 body of this call. */
  String success() {
    return truedy ? Requests.TRUEDY_200 : Requests.VIDA_200;
  }

  /** The path this call posts to under the base URL {@code /}. */
  String path() {
    return truedy ? "/telephony/numbers/unassign" : "/api/v2/phoneNumber/return";
  }

  /** Builds the client on {@code baseUrl}, lets {@code configure} adjust its builder, sends the call and returns its failure. */
  Throwable failure(String baseUrl, UnaryOperator<ClientBuilder<?, ?>> configure) {
    return truedy
        ? failure(TruedyClient.builder().apiKey(TRUEDY_KEY).baseUrl(baseUrl), configure, this::send)
        : failure(VidaClient.builder().apiToken(VIDA_TOKEN).baseUrl(baseUrl), configure, this::send);
  }

  @SuppressWarnings("unchecked")
  private static <C> Throwable failure(
      ClientBuilder<?, C> builder, UnaryOperator<ClientBuilder<?, ?>> configure, Consumer<C> send) {
    C client = ((ClientBuilder<?, C>) configure.apply(builder)).build();
    return unwrap(catchThrowable(() -> send.accept(client)));
  }

  private void send(TruedyClient client) {
    if (async) {
      Await.join(client.async().telephony().unassignPhoneNumber(Requests.UNASSIGN));
    } else {
      client.telephony().unassignPhoneNumber(Requests.UNASSIGN);
    }
  }

  private void send(VidaClient client) {
    if (async) {
      Await.join(client.async().phoneNumbers().returnPhoneNumber(Requests.RETURN));
    } else {
      client.phoneNumbers().returnPhoneNumber(Requests.RETURN);
    }
  }

  private static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
  }
}
