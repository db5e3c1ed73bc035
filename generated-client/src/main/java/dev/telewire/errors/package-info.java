/**
 * The exceptions the SDK throws, all unchecked and rooted at {@link
 * dev.telewire.errors.TelewireException}. Nothing here is null unless marked {@code @Nullable}.
 */
@NullMarked
package dev.telewire.errors;

import org.jspecify.annotations.NullMarked;
