/**
 * The vendor clients ({@code TruedyClient}, {@code VidaClient}), their shared {@link
 * dev.telewire.ClientBuilder}, per-call {@link dev.telewire.RequestOptions}, {@link
 * dev.telewire.LogLevel} and response {@link dev.telewire.Headers}. Nothing here is null unless
 * marked {@code @Nullable}.
 */
@NullMarked
package dev.telewire;

import org.jspecify.annotations.NullMarked;
