package dev.telewire.internal;

import com.squareup.moshi.JsonAdapter;
import java.util.Objects;
import java.util.function.Function;
import retrofit2.Call;

/**
 * One checked operation call, ready for {@link ServiceContext} to send: the Retrofit call, the
 * adapter of its body (null for none), whether it may change state, and its success flag if any.
 *
 * <p>Internal API: it may change in any release.
 *
 * @param <T> the body's type
 */
public final class PreparedCall<T> {
  final Call<?> call;
  final JsonAdapter<T> adapter;
  final boolean changesState;
  final Function<T, Boolean> flag;
  final String flagField;

  private PreparedCall(Call<?> call, JsonAdapter<T> adapter, boolean changesState, Function<T, Boolean> flag, String flagField) {
    this.call = Objects.requireNonNull(call, "call == null");
    this.adapter = adapter;
    this.changesState = changesState;
    this.flag = flag;
    this.flagField = flagField;
  }

  /** Returns the call of an operation sent with HTTP {@code method}; {@code adapter} is null for no body. */
  public static <T> PreparedCall<T> of(Call<?> call, JsonAdapter<T> adapter, String method) {
    return new PreparedCall<>(call, adapter, !"GET".equals(method) && !"HEAD".equals(method), null, null);
  }

  /** Returns this call checking that the body's boolean {@code field}, read by {@code flag}, is not false. */
  public PreparedCall<T> successFlag(Function<T, Boolean> flag, String field) {
    return new PreparedCall<>(call, adapter, changesState, Objects.requireNonNull(flag), Objects.requireNonNull(field));
  }
}
