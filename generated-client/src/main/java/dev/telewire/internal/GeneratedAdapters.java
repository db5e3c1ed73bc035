package dev.telewire.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Type;
import java.util.Set;

/**
 * Finds a generated model's adapter ({@code <Model>JsonAdapter}, beside the model) by its name,
 * which is what Moshi does after reading the model's {@code @JsonClass}. Reading an annotation on a
 * fresh JVM defines proxy classes (about 10 ms of a cold start); going by the name does not.
 *
 * <p>A class without such an adapter is left to Moshi, which then reads its annotations as usual.
 */
final class GeneratedAdapters {
  static final JsonAdapter.Factory FACTORY = GeneratedAdapters::create;

  private GeneratedAdapters() {}

  private static JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty() || !(type instanceof Class)) {
      return null;
    }
    Class<?> model = (Class<?>) type;
    ClassLoader loader = model.getClassLoader();
    if (loader == null || model.isArray() || model.isPrimitive()) {
      return null; // the JDK's own types, which never have one
    }
    Class<?> adapter;
    try {
      adapter = Class.forName(model.getName().replace('$', '_') + "JsonAdapter", true, loader);
    } catch (ClassNotFoundException e) {
      return null;
    }
    if (adapter.getSuperclass() != JsonAdapter.class || adapter.getPackage() != model.getPackage()) {
      return null;
    }
    try {
      Constructor<?> constructor;
      Object[] arguments;
      try {
        constructor = adapter.getDeclaredConstructor(Moshi.class);
        arguments = new Object[] {moshi};
      } catch (NoSuchMethodException e) {
        constructor = adapter.getDeclaredConstructor();
        arguments = new Object[0];
      }
      constructor.setAccessible(true);
      return ((JsonAdapter<?>) constructor.newInstance(arguments)).nullSafe();
    } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
      return null; // not one of ours after all: Moshi decides
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException("could not create " + adapter.getName(), cause);
    }
  }
}
