package dev.telewire.build.diff;

import java.util.Locale;

/** The Java names openapi-generator gives spec names: interfaces, methods, classes, components, constants. */
final class JavaNames {
  private JavaNames() {}

  /** {@code unassign_phone_number} → {@code UnassignPhoneNumber}; capitals inside a word are kept. */
  static String upperCamel(String name) {
    StringBuilder result = new StringBuilder();
    for (String part : name.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        result.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
      }
    }
    if (result.length() == 0) {
      return "Empty";
    }
    return Character.isDigit(result.charAt(0)) ? "_" + result : result.toString();
  }

  /** {@code number_id} → {@code numberId}. */
  static String lowerCamel(String name) {
    String upper = upperCamel(name);
    return Character.toLowerCase(upper.charAt(0)) + upper.substring(1);
  }

  /** The interface holding an operation with this tag: {@code Phone Numbers} → {@code PhoneNumbersApi}. */
  static String apiInterface(String tag) {
    return upperCamel(tag == null || tag.isBlank() ? "default" : tag) + "Api";
  }

  /** An enum constant for a wire value: {@code outbound} → {@code OUTBOUND}, {@code inProgress} → {@code IN_PROGRESS}. */
  static String enumConstant(String value) {
    String words = value.replaceAll("([a-z0-9])([A-Z])", "$1_$2");
    String constant = words.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "").toUpperCase(Locale.ROOT);
    if (constant.isEmpty()) {
      return "EMPTY";
    }
    return Character.isDigit(constant.charAt(0)) ? "NUMBER_" + constant : constant;
  }
}
