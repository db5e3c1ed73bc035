package dev.telewire.errors;

/**
 * One field the API rejected in a 422 response.
 *
 * @param field where the error is, such as {@code body.number_id}
 * @param message what is wrong with it
 * @param type the vendor's error type, such as {@code missing}, or null
 */
public record FieldError(String field, String message, String type) {}
