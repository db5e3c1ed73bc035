package dev.telewire.sdkgen.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenProperty;

/**
 * What {@link Models} makes of the models openapi-generator hands over: the record's components,
 * the views the record templates read, the enum constants, and what it rejects.
 *
 * <p>Equivalent mutants: line 31 {@code >} vs {@code >=}: with as many inherited as own properties
 * the copy of {@code allVars} holds the same properties in the same order as {@code vars}.
 */
class ModelsTest {
  private final List<String> warnings = new ArrayList<>();

  private static CodegenProperty property(String name) {
    CodegenProperty property = new CodegenProperty();
    property.baseName = name;
    property.name = name;
    property.dataType = "String";
    property.datatypeWithEnum = "String";
    property.isString = true;
    return property;
  }

  private static CodegenProperty optionalNullable(String name) {
    CodegenProperty property = property(name);
    property.isNullable = true;
    return property;
  }

  private static CodegenModel record(String name, CodegenProperty... vars) {
    CodegenModel model = new CodegenModel();
    model.name = name;
    model.classname = name;
    model.vars = new ArrayList<>(List.of(vars));
    model.allVars = new ArrayList<>(List.of(vars));
    return model;
  }

  private static PropertyView view(CodegenProperty property) {
    return (PropertyView) property.vendorExtensions.get(TelewireJavaCodegen.VIEW);
  }

  private static RecordView view(CodegenModel model) {
    return (RecordView) model.vendorExtensions.get(TelewireJavaCodegen.VIEW);
  }

  private static PropertyView described(CodegenProperty property) {
    Models.describe(record("Thing", property), Set.of(), null);
    return view(property);
  }

  private static List<String> names(List<CodegenProperty> vars) {
    return vars.stream().map(property -> property.name).toList();
  }

  private String rejection(CodegenModel model) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> Models.prepareRecord(model, warnings::add));
    assertThat(thrown).isInstanceOf(UnsupportedConstructException.class);
    return thrown.getMessage();
  }

  @Test
  void recordWithAnAllOfParentCarriesTheInheritedProperties() {
    CodegenModel model = record("Card", property("number"));
    model.parent = "Base";
    model.allVars = new ArrayList<>(List.of(property("amount"), property("number")));

    Models.prepareRecord(model, warnings::add);

    assertThat(names(model.vars)).containsExactly("amount", "number");
  }

  @Test
  void recordWithoutAParentKeepsOnlyItsOwnProperties() {
    CodegenModel model = record("Card", property("number"));
    model.allVars = new ArrayList<>(List.of(property("amount"), property("number")));

    Models.prepareRecord(model, warnings::add);

    assertThat(names(model.vars)).containsExactly("number");
  }

  @Test
  void unionIsLeftAsOpenapiGeneratorMadeIt() {
    CodegenProperty file = property("upload");
    file.isBinary = true;
    CodegenModel model = record("Pet", file);
    model.oneOf.add("Cat");

    assertThatCode(() -> Models.prepareRecord(model, warnings::add)).doesNotThrowAnyException();
    assertThat(model.vars).containsExactly(file);
  }

  @Test
  void typedAdditionalPropertiesBesideNamedOnesAreAWarning() {
    CodegenModel model = record("Row", property("day"));
    CodegenProperty extra = new CodegenProperty();
    extra.dataType = "BigDecimal";
    model.setAdditionalProperties(extra);

    Models.prepareRecord(model, warnings::add);

    assertThat(warnings).singleElement().asString()
        .startsWith("Telewire: schema Row has named properties and typed additionalProperties (BigDecimal): ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"isAnyType", "isFreeFormObject"})
  void untypedAdditionalPropertiesAreNoWarning(String flag) throws ReflectiveOperationException {
    CodegenModel model = record("Row", property("day"));
    CodegenProperty extra = new CodegenProperty();
    extra.dataType = "Object";
    CodegenProperty.class.getField(flag).setBoolean(extra, true);
    model.setAdditionalProperties(extra);

    Models.prepareRecord(model, warnings::add);

    assertThat(warnings).isEmpty();
  }

  @Test
  void typedAdditionalPropertiesWithoutNamedOnesAreNoWarning() {
    CodegenModel model = record("Scores");
    CodegenProperty extra = new CodegenProperty();
    extra.dataType = "BigDecimal";
    model.setAdditionalProperties(extra);

    Models.prepareRecord(model, warnings::add);

    assertThat(warnings).isEmpty();
  }

  @Test
  void twoPropertiesGivenTheSameJavaNameAreRejected() {
    CodegenProperty first = property("first_name");
    first.vendorExtensions.put("x-telewire-name", "name");
    CodegenProperty given = property("given_name");
    given.vendorExtensions.put("x-telewire-name", "name");

    assertThat(rejection(record("Person", first, given)))
        .contains("schema Person, property 'given_name'").contains("two properties with the same Java name 'name'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"isBinary", "isFile"})
  void binaryPropertyIsRejected(String flag) throws ReflectiveOperationException {
    CodegenProperty upload = property("upload");
    CodegenProperty.class.getField(flag).setBoolean(upload, true);

    assertThat(rejection(record("Form", property("title"), upload)))
        .contains("schema Form, property 'upload'").contains("a binary property inside a JSON object");
  }

  @Test
  void optionalNullablePropertyNextToItsNullSetterNameIsRejected() {
    assertThat(rejection(record("Memo", optionalNullable("note"), property("noteNull"))))
        .contains("schema Memo, property 'note'").contains("'noteNull' (its null setter's name)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"required", "isReadOnly"})
  void nullablePropertyWithoutANullSetterMayStandNextToThatName(String flag) throws ReflectiveOperationException {
    CodegenProperty note = optionalNullable("note");
    CodegenProperty.class.getField(flag).setBoolean(note, true);
    CodegenModel model = record("Memo", note, property("noteNull"));

    assertThatCode(() -> Models.prepareRecord(model, warnings::add)).doesNotThrowAnyException();
  }

  @Test
  void nonNullablePropertyMayStandNextToItsNullSetterName() {
    CodegenModel model = record("Memo", property("note"), property("noteNull"));

    assertThatCode(() -> Models.prepareRecord(model, warnings::add)).doesNotThrowAnyException();
  }

  @Test
  void componentsAreNumberedInOrderWithTheirTypeExpression() {
    CodegenProperty count = property("count");
    count.dataType = "Long";
    count.datatypeWithEnum = "Long";
    CodegenModel model = record("Thing", property("id"), count);

    Models.describe(model, Set.of(), null);

    assertThat(view(model.vars.get(0)).index()).isZero();
    assertThat(view(count).index()).isEqualTo(1);
    assertThat(view(count).typeExpression()).isEqualTo("Long.class");
  }

  @Test
  void optionalNullablePropertyHasANullSetterThatAddsToTheExplicitNulls() {
    CodegenProperty note = optionalNullable("note");
    CodegenModel model = record("Memo", note, property("title"));

    Models.describe(model, Set.of(), null);

    assertThat(view(note).nullSetter()).isEqualTo("noteNull");
    assertThat(view(note).nullsComponent()).isEqualTo("explicitNulls");
    assertThat(view(note).explicitNull()).isFalse();
    assertThat(view(model).explicitNulls()).isEqualTo("explicitNulls");
  }

  @Test
  void explicitNullsComponentFollowsTheLastComponentOnly() {
    CodegenProperty note = optionalNullable("note");
    CodegenProperty title = property("title");
    CodegenModel model = record("Memo", note, title);

    Models.describe(model, Set.of(), null);

    assertThat(view(note).thenNulls()).isNull();
    assertThat(view(title).thenNulls()).isEqualTo("explicitNulls");
    assertThat(view(title).nullsComponent()).isNull();
    assertThat(view(title).nullSetter()).isNull();
  }

  @Test
  void explicitNullsComponentStepsAsideForAPropertyOfThatName() {
    CodegenProperty note = optionalNullable("note");
    CodegenModel model = record("Memo", note, property("explicitNulls"));

    Models.describe(model, Set.of(), null);

    assertThat(view(note).nullsComponent()).isEqualTo("explicitNulls_");
    assertThat(view(model).explicitNulls()).isEqualTo("explicitNulls_");
  }

  @Test
  void requiredNullablePropertyIsWrittenAsNullAndHasNoNullSetter() {
    CodegenProperty note = optionalNullable("note");
    note.required = true;
    CodegenModel model = record("Memo", note);

    Models.describe(model, Set.of(), null);

    assertThat(view(note).explicitNull()).isTrue();
    assertThat(view(note).nullSetter()).isNull();
    assertThat(view(note).thenNulls()).isNull();
    assertThat(view(model).explicitNulls()).isNull();
  }

  @Test
  void requiredNonNullablePropertyIsNotWrittenAsNull() {
    CodegenProperty id = property("id");
    id.required = true;

    assertThat(described(id).explicitNull()).isFalse();
  }

  @Test
  void readOnlyNullablePropertyHasNoNullSetter() {
    CodegenProperty note = optionalNullable("note");
    note.isReadOnly = true;
    CodegenModel model = record("Memo", note);

    Models.describe(model, Set.of(), null);

    assertThat(view(note).nullSetter()).isNull();
    assertThat(view(model).explicitNulls()).isNull();
  }

  @Test
  void recordViewNamesTheUnionsItImplements() {
    CodegenModel model = record("Cat", property("meow"));

    Models.describe(model, Set.of("Pet"), "Pet, Animal");

    assertThat(view(model).variantOf()).isEqualTo("Pet, Animal");
  }

  @Test
  void recordValueIsValidated() {
    CodegenProperty owner = property("owner");
    owner.isModel = true;
    owner.complexType = "Person";

    assertThat(described(owner).validatesValue()).isTrue();
  }

  @Test
  void enumUnionAndScalarValuesAreNotValidated() {
    CodegenProperty mode = property("mode");
    mode.isModel = true;
    mode.isEnumRef = true;
    mode.complexType = "Mode";
    CodegenProperty pet = property("pet");
    pet.isModel = true;
    pet.complexType = "Pet";
    CodegenProperty name = property("name");
    CodegenModel model = record("Owner", mode, pet, name);

    Models.describe(model, Set.of("Pet"), null);

    assertThat(model.vars).extracting(property -> view(property).validatesValue()).containsExactly(false, false, false);
  }

  @Test
  void recordItemsAreValidated() {
    CodegenProperty pets = property("pets");
    pets.items = property("items");
    pets.items.isModel = true;
    pets.items.complexType = "Cat";

    assertThat(described(pets).validatesItems()).isTrue();
  }

  @Test
  void enumUnionScalarOrNoItemsAreNotValidated() {
    CodegenProperty modes = property("modes");
    modes.items = property("items");
    modes.items.isModel = true;
    modes.items.isEnumRef = true;
    modes.items.complexType = "Mode";
    CodegenProperty pets = property("pets");
    pets.items = property("items");
    pets.items.isModel = true;
    pets.items.complexType = "Pet";
    CodegenProperty tags = property("tags");
    tags.items = property("items");
    CodegenProperty name = property("name");
    CodegenModel model = record("Owner", modes, pets, tags, name);

    Models.describe(model, Set.of("Pet"), null);

    assertThat(model.vars).extracting(property -> view(property).validatesItems()).containsExactly(false, false, false, false);
  }

  @ParameterizedTest
  @ValueSource(strings = {"isString", "isBoolean", "isInteger", "isLong", "isNumber", "isFloat", "isDouble", "isDecimal",
      "isUri", "isUuid", "isEnum", "isEnumRef"})
  void scalarOrEnumStartsFromTheSchemaDefault(String flag) throws ReflectiveOperationException {
    CodegenProperty value = new CodegenProperty();
    value.name = "value";
    value.dataType = "Object";
    value.defaultValue = "DEFAULT";
    CodegenProperty.class.getField(flag).setBoolean(value, true);

    assertThat(described(value).initial()).isEqualTo("DEFAULT");
  }

  @ParameterizedTest
  @ValueSource(strings = {"isContainer", "isDate", "isDateTime"})
  void containerOrDateStartsFromNull(String flag) throws ReflectiveOperationException {
    CodegenProperty value = property("value");
    value.defaultValue = "DEFAULT";
    CodegenProperty.class.getField(flag).setBoolean(value, true);

    assertThat(described(value).initial()).isNull();
  }

  @Test
  void nullDefaultStartsFromNull() {
    CodegenProperty value = property("value");
    value.defaultValue = "null";

    assertThat(described(value).initial()).isNull();
  }

  @Test
  void objectWithADefaultStartsFromNull() {
    CodegenProperty value = new CodegenProperty();
    value.name = "value";
    value.dataType = "Person";
    value.complexType = "Person";
    value.isModel = true;
    value.defaultValue = "new Person()";

    assertThat(described(value).initial()).isNull();
  }

  private static CodegenModel enumModel(String name, Map<String, Object>... constants) {
    CodegenModel model = new CodegenModel();
    model.name = name;
    model.allowableValues = new HashMap<>(Map.of("enumVars", new ArrayList<>(List.of(constants))));
    return model;
  }

  private static Map<String, Object> constant(String name, String value) {
    return Map.of("name", name, "value", value);
  }

  @Test
  @SuppressWarnings("unchecked")
  void nullEnumConstantIsDropped() {
    CodegenModel model = enumModel("Mode", constant("A", "\"a\""), constant("NULL", "null"), constant("B", "\"b\""));

    Models.checkEnum(model);

    assertThat((List<Map<String, Object>>) model.allowableValues.get("enumVars"))
        .extracting(constant -> constant.get("name")).containsExactly("A", "B");
  }

  @Test
  @SuppressWarnings("unchecked")
  void enumConstantsWithTheSameJavaNameAreRejected() {
    CodegenModel model = enumModel("Mode", constant("IN_PROGRESS", "\"in-progress\""), constant("IN_PROGRESS", "\"in_progress\""));

    assertThatThrownBy(() -> Models.checkEnum(model)).isInstanceOf(UnsupportedConstructException.class)
        .hasMessageContaining("enum Mode").hasMessageContaining("two values with the same Java constant IN_PROGRESS");
  }

  @Test
  void modelWithoutEnumValuesIsNoEnumToCheck() {
    CodegenModel model = new CodegenModel();
    model.name = "Thing";

    assertThatCode(() -> Models.checkEnum(model)).doesNotThrowAnyException();
  }
}
