package dev.telewire.internal;

import okhttp3.Call;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * A client's Retrofit, built the first time a service needs it. The building lives in {@link
 * Setup}, which loads only then: verifying code that passes a {@code MoshiConverterFactory} as a
 * {@code Converter.Factory} would load both classes, so it is kept out of every class a route call
 * loads.
 */
final class LazyRetrofit {
  private final HttpUrl baseUrl;
  private final Call.Factory http;
  private volatile @Nullable Retrofit built;

  LazyRetrofit(HttpUrl baseUrl, Call.Factory http) {
    this.baseUrl = baseUrl;
    this.http = http;
  }

  Retrofit get() {
    Retrofit retrofit = built;
    if (retrofit == null) {
      synchronized (this) {
        retrofit = built;
        if (retrofit == null) {
          retrofit = Setup.retrofit(baseUrl, http);
          built = retrofit;
        }
      }
    }
    return retrofit;
  }

  /** Builds the Retrofit; loaded on the first call that needs Retrofit. */
  private static final class Setup {
    static Retrofit retrofit(HttpUrl baseUrl, Call.Factory http) {
      return new Retrofit.Builder()
          .baseUrl(baseUrl)
          .callFactory(new UnsentCalls(http))
          .addConverterFactory(OptionalBody.CONVERTERS)
          .addConverterFactory(MoshiConverterFactory.create(Json.MOSHI))
          .build();
    }
  }
}
