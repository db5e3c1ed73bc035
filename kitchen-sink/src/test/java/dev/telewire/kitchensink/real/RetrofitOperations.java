package dev.telewire.kitchensink.real;

import java.io.File;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HEAD;
import retrofit2.http.HTTP;
import retrofit2.http.OPTIONS;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;

/** The generated Retrofit methods of one corpus spec, by {@code "METHOD /path"}, found by reflection. */
final class RetrofitOperations {
  private RetrofitOperations() {}

  /** Every abstract method of the interfaces in {@code <invokerPackage>.api}, keyed by HTTP method and path. */
  static Map<String, Method> of(String invokerPackage) {
    File folder = new File("target/classes/" + invokerPackage.replace('.', '/') + "/api");
    File[] files = folder.listFiles((dir, name) -> name.endsWith("Api.class"));
    if (files == null) {
      throw new AssertionError("no generated interfaces in " + folder);
    }
    Map<String, Method> methods = new HashMap<>();
    for (File file : files) {
      Class<?> api = load(invokerPackage + ".api." + file.getName().replace(".class", ""));
      for (Method method : api.getMethods()) {
        if (Modifier.isAbstract(method.getModifiers())) {
          String key = key(method);
          if (key != null) {
            methods.putIfAbsent(key, method);
          }
        }
      }
    }
    return methods;
  }

  static String key(String method, String path) {
    return method.toUpperCase(Locale.ROOT) + " /" + path.replaceFirst("^/", "");
  }

  private static String key(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      if (annotation instanceof GET a) {
        return key("GET", a.value());
      } else if (annotation instanceof POST a) {
        return key("POST", a.value());
      } else if (annotation instanceof PUT a) {
        return key("PUT", a.value());
      } else if (annotation instanceof PATCH a) {
        return key("PATCH", a.value());
      } else if (annotation instanceof DELETE a) {
        return key("DELETE", a.value());
      } else if (annotation instanceof HEAD a) {
        return key("HEAD", a.value());
      } else if (annotation instanceof OPTIONS a) {
        return key("OPTIONS", a.value());
      } else if (annotation instanceof HTTP a) {
        return key(a.method(), a.path());
      }
    }
    return null;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
