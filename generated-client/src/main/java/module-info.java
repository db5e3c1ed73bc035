/**
 * Telewire: typed clients for voice-AI telephony APIs, generated from the vendors' OpenAPI specs
 * on a small runtime. Exports the clients ({@code dev.telewire}), the exceptions
 * ({@code dev.telewire.errors}) and each vendor's Retrofit interfaces and models; the runtime in
 * {@code dev.telewire.internal} stays inside the module.
 */
module dev.telewire {
  // Types of these appear in the public API (retrofit2.Call, okhttp3.OkHttpClient, Moshi's @Json).
  requires transitive retrofit2;
  requires transitive okhttp3;
  requires transitive com.squareup.moshi;
  requires retrofit2.converter.moshi;
  requires okhttp3.logging;
  requires okio;
  // OkHttp 4 and Retrofit 3 are written in Kotlin; as automatic modules they declare no requires.
  requires kotlin.stdlib;
  requires static org.jspecify;

  exports dev.telewire;
  exports dev.telewire.errors;
  exports dev.telewire.truedy.api;
  exports dev.telewire.truedy.model;
  exports dev.telewire.vida.api;
  exports dev.telewire.vida.model;

  // The SDK finds each model's package-private adapter by its name; a Moshi of the user's own finds it
  // through @JsonClass, by reflection.
  opens dev.telewire.truedy.model to com.squareup.moshi;
  opens dev.telewire.vida.model to com.squareup.moshi;
}
