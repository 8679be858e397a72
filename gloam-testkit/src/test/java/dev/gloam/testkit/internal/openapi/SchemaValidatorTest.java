package dev.gloam.testkit.internal.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.openapi.SchemaValidator.Values;
import dev.gloam.testkit.internal.rest.FormErrors;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SchemaValidatorTest {

  static final OpenApi API = OpenApi.shared();
  static final SchemaValidator VALIDATOR = new SchemaValidator(API);

  static JsonNode json(String text) {
    return Json.parse(text.replace('\'', '"')).orElseThrow();
  }

  static List<FieldError> check(String schema, String value) {
    return VALIDATOR.validate(json(value), json(schema), "", Values.JSON);
  }

  static FieldError only(String schema, String value) {
    List<FieldError> errors = check(schema, value);
    assertThat(errors).hasSize(1);
    return errors.get(0);
  }

  @Test
  void requiredPropertiesMustBePresent() {
    String schema = "{'type':'object','properties':{'name':{'type':'string'}},'required':['name']}";
    assertThat(check(schema, "{'name':'x'}")).isEmpty();
    assertThat(only(schema, "{}"))
        .isEqualTo(new FieldError("name", "BASE_TYPE_REQUIRED", "This field is required"));
  }

  @Test
  void typesAreCheckedWithDiscordsCodes() {
    assertThat(only("{'type':'string'}", "5").code()).isEqualTo("BASE_TYPE_STRING");
    assertThat(only("{'type':'integer'}", "'abc'"))
        .isEqualTo(new FieldError("", "NUMBER_TYPE_COERCE", "Value \"abc\" is not int."));
    assertThat(only("{'type':'boolean'}", "'yes'").code()).isEqualTo("BASE_TYPE_BOOLEAN");
    assertThat(only("{'type':'object'}", "[]").code()).isEqualTo("DICT_TYPE_CONVERT");
    assertThat(only("{'type':'array'}", "{}").code()).isEqualTo("LIST_TYPE_CONVERT");
    // Discord coerces numeric strings; text values (query, form) also coerce booleans.
    assertThat(check("{'type':'integer'}", "'12'")).isEmpty();
    assertThat(VALIDATOR.validate(json("'true'"), json("{'type':'boolean'}"), "q", Values.TEXT))
        .isEmpty();
  }

  @Test
  void nullNeedsANullableType() {
    assertThat(check("{'type':['string','null']}", "null")).isEmpty();
    assertThat(check("{'oneOf':[{'type':'null'},{'type':'string'}]}", "null")).isEmpty();
    assertThat(only("{'type':'string'}", "null").code()).isEqualTo("BASE_TYPE_REQUIRED");
  }

  @Test
  void lengthLimitsUseTheirOwnCodes() {
    assertThat(only("{'type':'string','maxLength':2000}", "'" + "a".repeat(2001) + "'"))
        .isEqualTo(new FieldError("", "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length."));
    assertThat(only("{'type':'string','minLength':2}", "'a'"))
        .isEqualTo(new FieldError("", "BASE_TYPE_MIN_LENGTH", "Must be 2 or more in length."));
    assertThat(only("{'type':'string','minLength':1,'maxLength':100}", "''"))
        .isEqualTo(
            new FieldError("", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."));
    // Characters, not UTF-16 units: one emoji is one character.
    assertThat(check("{'type':'string','maxLength':1}", "'\uD83D\uDE00'")).isEmpty();
    assertThat(only("{'type':'array','maxItems':1}", "[1,2]").code())
        .isEqualTo("BASE_TYPE_MAX_LENGTH");
    assertThat(only("{'type':'array','minItems':1,'maxItems':5}", "[]").message())
        .isEqualTo("Must be between 1 and 5 in length.");
  }

  @Test
  void numbersRespectTheirBounds() {
    assertThat(only("{'type':'integer','minimum':1,'maximum':100}", "0").code())
        .isEqualTo("NUMBER_TYPE_MIN");
    assertThat(only("{'type':'integer','minimum':1,'maximum':100}", "101").message())
        .isEqualTo("int value should be less than or equal to 100.");
    assertThat(only("{'type':'integer','format':'int64'}", "9223372036854775808").code())
        .isEqualTo("NUMBER_TYPE_COERCE");
  }

  @Test
  void enumsAndConstUnionsListTheirChoices() {
    assertThat(only("{'type':'string','enum':['desktop','android']}", "'tv'").message())
        .isEqualTo("Value must be one of ('desktop', 'android').");
    String channelTypes = "{'$ref':'#/components/schemas/ChannelTypes'}";
    assertThat(check(channelTypes, "0")).isEmpty();
    FieldError error = only(channelTypes, "99");
    assertThat(error.code()).isEqualTo("BASE_TYPE_CHOICES");
    assertThat(error.message()).startsWith("Value must be one of (1, 3, 0, 2,");
    assertThat(only("{'type':'integer','enum':[1]}", "2").message())
        .isEqualTo("Value must be one of (1,).");
  }

  @Test
  void itemsUniquenessAndNullItems() {
    String ids =
        "{'type':'array','items':{'$ref':'#/components/schemas/SnowflakeType'},'uniqueItems':true}";
    assertThat(check(ids, "['1', 2]")).isEmpty();
    assertThat(only(ids, "['1','1']"))
        .isEqualTo(
            new FieldError(
                "1", "SET_TYPE_ALREADY_CONTAINS_VALUE", "The set already contains this value."));
    assertThat(only(ids, "[null]"))
        .isEqualTo(
            new FieldError(
                "0", "LIST_ITEM_VALUE_REQUIRED", "List item values of ModelType are required"));
    assertThat(only(ids, "['abc']").message()).isEqualTo("Value \"abc\" is not snowflake.");
  }

  @Test
  void patternsAndFormats() {
    String color = "{'type':'string','pattern':'^#(([0-9a-fA-F]{2}){3}|([0-9a-fA-F]){3})$'}";
    assertThat(check(color, "'#a1b2c3'")).isEmpty();
    assertThat(only(color, "'red'").code()).isEqualTo("STRING_TYPE_REGEX");
    assertThat(check("{'type':'string','format':'date-time'}", "'2024-01-02T03:04:05+00:00'"))
        .isEmpty();
    assertThat(only("{'type':'string','format':'date-time'}", "'yesterday'").code())
        .isEqualTo("DATE_TIME_TYPE_PARSE");
    assertThat(only("{'type':'string','format':'uri'}", "'not a url'").code())
        .isEqualTo("URL_TYPE_INVALID_URL");
  }

  @Test
  void nestedErrorsBecomeNestedObjects() {
    JsonNode schema = json("{'$ref':'#/components/schemas/MessageCreateRequest'}");
    JsonNode body = json("{'embeds':[{'title':'ok'},{'title':'" + "t".repeat(257) + "'}]}");
    List<FieldError> errors = VALIDATOR.validate(body, schema, "", Values.JSON);
    assertThat(errors)
        .containsExactly(
            new FieldError(
                "embeds.1.title", "BASE_TYPE_MAX_LENGTH", "Must be 256 or fewer in length."));
    JsonNode response = FieldError.addAll(errors, new FormErrors()).toResponse().body();
    assertThat(response.path("code").asInt()).isEqualTo(50035);
    assertThat(
            response
                .path("errors")
                .path("embeds")
                .path("1")
                .path("title")
                .path("_errors")
                .get(0)
                .path("code")
                .asString())
        .isEqualTo("BASE_TYPE_MAX_LENGTH");
  }

  @Test
  void oneOfAcceptsAnyBranchAndReportsTheDiscriminatedOne() {
    String union =
        "{'oneOf':["
            + "{'type':'object','properties':{'type':{'const':1},'a':{'type':'string'}},'required':['type','a']},"
            + "{'type':'object','properties':{'type':{'const':2},'b':{'type':'string'}},'required':['type','b']}]}";
    assertThat(check(union, "{'type':2,'b':'x'}")).isEmpty();
    assertThat(only(union, "{'type':2}"))
        .isEqualTo(new FieldError("b", "BASE_TYPE_REQUIRED", "This field is required"));
    assertThat(only(union, "{'type':3}"))
        .isEqualTo(
            new FieldError(
                "type", "UNION_TYPE_CHOICES", "Value of field \"type\" must be one of (1, 2)."));
  }

  @Test
  void allOfAndAdditionalProperties() {
    String both =
        "{'allOf':[{'type':'object','required':['a']},{'type':'object','required':['b']}]}";
    assertThat(check(both, "{'a':1}"))
        .containsExactly(new FieldError("b", "BASE_TYPE_REQUIRED", "This field is required"));
    String map = "{'type':'object','additionalProperties':{'type':'string','maxLength':2}}";
    assertThat(only(map, "{'fr':'abc'}").path()).isEqualTo("fr");
  }

  @Test
  void realInteractionCallbackUnionIsValidatedByItsType() {
    Operation callback = API.operations().byId("create_interaction_response").orElseThrow();
    JsonNode schema = callback.requestBody(Operation.JSON).orElseThrow();
    assertThat(
            VALIDATOR.validate(json("{'type':4,'data':{'content':'hi'}}"), schema, "", Values.JSON))
        .isEmpty();
    assertThat(VALIDATOR.validate(json("{'type':99}"), schema, "", Values.JSON))
        .extracting(FieldError::path)
        .containsExactly("type");
  }
}
