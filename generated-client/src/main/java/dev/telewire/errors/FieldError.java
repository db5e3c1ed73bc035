package dev.telewire.errors;

import org.jspecify.annotations.Nullable;

/**
 * One field the API rejected in a 422 response.
 *
 * @param field where the error is, such as {@code body.number_id}
 * @param message what is wrong with it, or null if the API did not say
 * @param type the vendor's error type, such as {@code missing}, or null
 */
public record FieldError(String field, @Nullable String message, @Nullable String type) {}
