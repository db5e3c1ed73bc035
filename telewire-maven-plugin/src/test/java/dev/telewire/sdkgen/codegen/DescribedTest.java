package dev.telewire.sdkgen.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.samskivert.mustache.Mustache;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenParameter;
import org.openapitools.codegen.CodegenProperty;

/** The {@code described} lambda writes the spec's description, escaped, or the template's fallback. */
class DescribedTest {
  private static String render(String template, Object context) {
    return Mustache.compiler()
        .withDelims("{{ }}")
        .compile(template)
        .execute(Map.of("described", new Described(), "it", context));
  }

  @Test
  void propertyDescriptionIsWrittenEscaped() {
    CodegenProperty property = new CodegenProperty();
    property.unescapedDescription = "Caller <id>";

    assertThat(render("{{#it}}{{#described}}fallback{{/described}}{{/it}}", property))
        .isEqualTo("Caller &lt;id&gt;");
  }

  @Test
  void missingDescriptionWritesTheFallback() {
    CodegenParameter parameter = new CodegenParameter();
    parameter.baseName = "token";

    assertThat(render("{{#it}}{{#described}}the {{baseName}}{{/described}}{{/it}}", parameter))
        .isEqualTo("the token");
  }

  @Test
  void blankDescriptionWritesTheFallback() {
    CodegenProperty property = new CodegenProperty();
    property.unescapedDescription = "  ";

    assertThat(render("{{#it}}{{#described}}fallback{{/described}}{{/it}}", property)).isEqualTo("fallback");
  }

  @Test
  void modelIsDescribedFromInsideItsOpenedView() {
    CodegenModel model = new CodegenModel();
    model.unescapedDescription = "A phone number.";
    model.vendorExtensions.put(TelewireJavaCodegen.VIEW, new RecordView(null, null));

    assertThat(render("{{#it}}{{#vendorExtensions.x-tw.record}}{{#described}}fallback{{/described}}"
        + "{{/vendorExtensions.x-tw.record}}{{/it}}", model)).isEqualTo("A phone number.");
  }

  @Test
  void propertyWithoutDescriptionDoesNotBorrowItsModels() {
    CodegenModel model = new CodegenModel();
    model.unescapedDescription = "A phone number.";
    model.vars = List.of(new CodegenProperty());

    assertThat(render("{{#it}}{{#vars}}{{#described}}fallback{{/described}}{{/vars}}{{/it}}", model))
        .isEqualTo("fallback");
  }
}
