package dev.gloam.testkit.internal.openapi;

import dev.gloam.testkit.internal.json.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Checks JSON values against the description's schemas (the JSON Schema subset OpenAPI 3.1 uses)
 * and reports each problem the way Discord does in a {@code 50035 Invalid Form Body} response: a
 * dotted path and an error code such as {@code BASE_TYPE_REQUIRED} or {@code BASE_TYPE_MAX_LENGTH}
 * (reference.mdx, "Error Messages").
 *
 * <p>Unions ({@code oneOf}, {@code anyOf}) accept a value that matches any branch: Discord's own
 * unions overlap, and refusing a valid request is worse for a test server than missing a subtle
 * error. Unknown properties are ignored, as Discord ignores them.
 */
public final class SchemaValidator {

  /** How values arrive, which decides what counts as a number or a boolean. */
  public enum Values {
    /** A JSON body: booleans must be booleans; numeric strings still count as numbers. */
    JSON,
    /** Query strings, path segments and form fields: everything is text and is coerced. */
    TEXT
  }

  /** The pattern the description gives snowflakes ({@code SnowflakeType}). */
  public static final String SNOWFLAKE_PATTERN = "^(0|[1-9][0-9]*)$";

  private static final BigInteger MAX_SNOWFLAKE = new BigInteger("18446744073709551615");
  private static final Pattern INTEGER_TEXT = Pattern.compile("-?[0-9]+");
  private static final Pattern NUMBER_TEXT =
      Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
  private static final int MAX_DEPTH = 64;

  private final OpenApi api;
  private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

  /**
   * Creates a validator over a description's schemas.
   *
   * @param api the description, to resolve {@code $ref}s
   */
  public SchemaValidator(OpenApi api) {
    this.api = Objects.requireNonNull(api, "api");
  }

  /**
   * Validates a value.
   *
   * @param value the value; a JSON null stands for an explicit null
   * @param schema the schema it must match
   * @param path the value's path, empty for a whole body, or a parameter's name
   * @param values how the value arrived
   * @return every problem found, empty if the value is valid
   */
  public List<FieldError> validate(JsonNode value, JsonNode schema, String path, Values values) {
    List<FieldError> errors = new ArrayList<>();
    check(value, schema, path, values, errors, 0);
    return errors;
  }

  /**
   * Tells whether a schema accepts null.
   *
   * @param schema a schema
   * @return true if null is a valid value
   */
  public boolean allowsNull(JsonNode schema) {
    JsonNode s = api.resolve(schema);
    if (s.has("type")) {
      return types(s).contains("null");
    }
    if (s.has("oneOf") || s.has("anyOf")) {
      for (JsonNode branch : branches(s)) {
        if (allowsNull(branch)) {
          return true;
        }
      }
      return false;
    }
    if (s.has("allOf")) {
      for (JsonNode branch : s.get("allOf")) {
        if (!allowsNull(branch)) {
          return false;
        }
      }
      return true;
    }
    if (s.has("const")) {
      return s.get("const").isNull();
    }
    if (s.has("enum")) {
      for (JsonNode choice : s.get("enum")) {
        if (choice.isNull()) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  /**
   * Tells whether a schema is a snowflake: {@code SnowflakeType} or a string of that pattern.
   *
   * @param schema a schema
   * @return true for snowflakes
   */
  public boolean isSnowflake(JsonNode schema) {
    JsonNode s = api.resolve(schema);
    return "snowflake".equals(s.path("format").asString(""))
        || SNOWFLAKE_PATTERN.equals(s.path("pattern").asString(""));
  }

  private void check(
      JsonNode value, JsonNode schema, String path, Values mode, List<FieldError> out, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    JsonNode s = api.resolve(schema);
    if (value == null || value.isNull() || value.isMissingNode()) {
      if (!allowsNull(s)) {
        out.add(new FieldError(path, "BASE_TYPE_REQUIRED", "This field is required"));
      }
      return;
    }
    JsonNode v = value;
    if (s.has("type")) {
      List<String> wanted = new ArrayList<>(types(s));
      wanted.remove("null");
      if (!wanted.isEmpty()) {
        JsonNode coerced = null;
        for (String type : wanted) {
          coerced = coerce(v, type, s, mode);
          if (coerced != null) {
            break;
          }
        }
        if (coerced == null) {
          out.add(typeError(path, wanted.get(0), s, v));
          return;
        }
        v = coerced;
      }
    }
    List<JsonNode> choices = choices(s);
    if (choices != null) {
      if (!containsValue(choices, v)) {
        out.add(
            new FieldError(
                path, "BASE_TYPE_CHOICES", "Value must be one of " + tuple(choices) + "."));
        return;
      }
    }
    if (v.isString()) {
      checkString(v.stringValue(), s, path, out);
    } else if (v.isNumber()) {
      checkNumber(v, s, path, out);
    } else if (v instanceof ArrayNode array) {
      checkArray(array, s, path, mode, out, depth);
    } else if (v instanceof ObjectNode object) {
      checkObject(object, s, path, mode, out, depth);
    }
    if (s.has("allOf")) {
      for (JsonNode branch : s.get("allOf")) {
        check(v, branch, path, mode, out, depth + 1);
      }
    }
    if ((s.has("oneOf") || s.has("anyOf")) && choices == null) {
      checkUnion(v, branches(s), path, mode, out, depth);
    }
  }

  private JsonNode coerce(JsonNode v, String type, JsonNode s, Values mode) {
    return switch (type) {
      case "string" -> {
        if (v.isString()) {
          yield v;
        }
        // Discord takes snowflakes as JSON numbers too (reference.mdx, "Snowflakes").
        yield isSnowflake(s) && v.isIntegralNumber() ? StringNode.valueOf(v.asString()) : null;
      }
      case "integer" -> {
        if (v.isIntegralNumber()) {
          yield v;
        }
        if (v.isString() && INTEGER_TEXT.matcher(v.stringValue()).matches()) {
          yield DecimalNode.valueOf(new BigDecimal(v.stringValue()));
        }
        yield null;
      }
      case "number" -> {
        if (v.isNumber()) {
          yield v;
        }
        if (v.isString() && NUMBER_TEXT.matcher(v.stringValue()).matches()) {
          yield DecimalNode.valueOf(new BigDecimal(v.stringValue()));
        }
        yield null;
      }
      case "boolean" -> {
        if (v.isBoolean()) {
          yield v;
        }
        if (mode == Values.TEXT && v.isString()) {
          String text = v.stringValue();
          if (text.equals("true") || text.equals("false")) {
            yield BooleanNode.valueOf(text.equals("true"));
          }
        }
        yield null;
      }
      case "object" -> v.isObject() ? v : null;
      case "array" -> {
        if (v.isArray()) {
          yield v;
        }
        yield mode == Values.TEXT && v.isString() ? Json.array().add(v) : null;
      }
      default -> v;
    };
  }

  private FieldError typeError(String path, String type, JsonNode s, JsonNode v) {
    String shown = v.isString() ? v.stringValue() : Json.write(v);
    return switch (type) {
      case "string" ->
          isSnowflake(s)
              ? notSnowflake(path, shown)
              : new FieldError(path, "BASE_TYPE_STRING", "Must be a string.");
      case "integer" ->
          new FieldError(path, "NUMBER_TYPE_COERCE", "Value \"" + shown + "\" is not int.");
      case "number" ->
          new FieldError(path, "NUMBER_TYPE_COERCE", "Value \"" + shown + "\" is not a number.");
      case "boolean" -> new FieldError(path, "BASE_TYPE_BOOLEAN", "Must be either true or false.");
      case "object" ->
          new FieldError(path, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
      case "array" ->
          new FieldError(path, "LIST_TYPE_CONVERT", "Only iterables may be used in a ListType");
      default -> new FieldError(path, "BASE_TYPE_INVALID", "Invalid value.");
    };
  }

  private static FieldError notSnowflake(String path, String shown) {
    return new FieldError(path, "NUMBER_TYPE_COERCE", "Value \"" + shown + "\" is not snowflake.");
  }

  private void checkString(String text, JsonNode s, String path, List<FieldError> out) {
    lengthError(text.codePointCount(0, text.length()), s, "minLength", "maxLength", path)
        .ifPresent(out::add);
    if (isSnowflake(s)) {
      if (!isSnowflakeText(text)) {
        out.add(notSnowflake(path, text));
      }
      return;
    }
    if (s.has("pattern")) {
      Pattern pattern = pattern(s.get("pattern").asString());
      if (pattern != null && !pattern.matcher(text).find()) {
        out.add(
            new FieldError(
                path, "STRING_TYPE_REGEX", "String value did not match validation regex."));
      }
    }
    switch (s.path("format").asString("")) {
      case "date-time" -> {
        try {
          OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
          out.add(
              new FieldError(
                  path,
                  "DATE_TIME_TYPE_PARSE",
                  "Could not parse " + text + ". Should be ISO8601."));
        }
      }
      case "uri" -> {
        if (!isUrl(text)) {
          out.add(new FieldError(path, "URL_TYPE_INVALID_URL", "Not a well formed URL."));
        }
      }
      default -> {}
    }
  }

  private static boolean isSnowflakeText(String text) {
    if (text.isEmpty() || text.length() > 20 || !text.chars().allMatch(Character::isDigit)) {
      return false;
    }
    return (text.length() == 1 || text.charAt(0) != '0')
        && new BigInteger(text).compareTo(MAX_SNOWFLAKE) <= 0;
  }

  private static boolean isUrl(String text) {
    try {
      URI uri = new URI(text);
      return uri.getScheme() != null && !uri.getSchemeSpecificPart().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private Pattern pattern(String regex) {
    return patterns.computeIfAbsent(
        regex,
        r -> {
          try {
            return Pattern.compile(r);
          } catch (PatternSyntaxException e) {
            return Pattern.compile("");
          }
        });
  }

  private void checkNumber(JsonNode v, JsonNode s, String path, List<FieldError> out) {
    BigDecimal number = v.decimalValue();
    boolean integer = types(s).contains("integer");
    String kind = integer ? "int" : "float";
    if (s.has("minimum") && number.compareTo(s.get("minimum").decimalValue()) < 0) {
      out.add(
          new FieldError(
              path,
              "NUMBER_TYPE_MIN",
              kind + " value should be greater than or equal to " + plain(s.get("minimum")) + "."));
    }
    if (s.has("maximum") && number.compareTo(s.get("maximum").decimalValue()) > 0) {
      out.add(
          new FieldError(
              path,
              "NUMBER_TYPE_MAX",
              kind + " value should be less than or equal to " + plain(s.get("maximum")) + "."));
    }
    if (integer && number.stripTrailingZeros().scale() > 0) {
      out.add(
          new FieldError(
              path, "NUMBER_TYPE_COERCE", "Value \"" + number.toPlainString() + "\" is not int."));
    } else if ("int64".equals(s.path("format").asString(""))
        && (number.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0
            || number.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0)) {
      out.add(
          new FieldError(
              path, "NUMBER_TYPE_COERCE", "Value \"" + number.toPlainString() + "\" is not int."));
    }
  }

  private void checkArray(
      ArrayNode array, JsonNode s, String path, Values mode, List<FieldError> out, int depth) {
    lengthError(array.size(), s, "minItems", "maxItems", path).ifPresent(out::add);
    JsonNode items = s.get("items");
    Set<JsonNode> seen = new HashSet<>();
    boolean unique = s.path("uniqueItems").asBoolean(false);
    for (int i = 0; i < array.size(); i++) {
      JsonNode item = array.get(i);
      String itemPath = join(path, Integer.toString(i));
      if (unique && !seen.add(item)) {
        out.add(
            new FieldError(
                itemPath,
                "SET_TYPE_ALREADY_CONTAINS_VALUE",
                "The set already contains this value."));
      }
      if (items == null) {
        continue;
      }
      if (item.isNull() && !allowsNull(items)) {
        out.add(
            new FieldError(
                itemPath,
                "LIST_ITEM_VALUE_REQUIRED",
                "List item values of ModelType are required"));
      } else {
        check(item, items, itemPath, mode, out, depth + 1);
      }
    }
  }

  private void checkObject(
      ObjectNode object, JsonNode s, String path, Values mode, List<FieldError> out, int depth) {
    for (JsonNode required : s.path("required")) {
      String name = required.asString();
      if (!object.has(name)) {
        out.add(new FieldError(join(path, name), "BASE_TYPE_REQUIRED", "This field is required"));
      }
    }
    lengthError(object.size(), s, "minProperties", "maxProperties", path).ifPresent(out::add);
    JsonNode properties = s.path("properties");
    JsonNode additional = s.get("additionalProperties");
    for (Map.Entry<String, JsonNode> property : object.properties()) {
      String name = property.getKey();
      JsonNode propertySchema = properties.get(name);
      if (propertySchema != null) {
        check(property.getValue(), propertySchema, join(path, name), mode, out, depth + 1);
      } else if (additional != null && additional.isObject()) {
        check(property.getValue(), additional, join(path, name), mode, out, depth + 1);
      } else if (additional != null && additional.isBoolean() && !additional.booleanValue()) {
        out.add(new FieldError(join(path, name), "BASE_TYPE_INVALID", "Unknown field."));
      }
    }
  }

  private void checkUnion(
      JsonNode v,
      List<JsonNode> branches,
      String path,
      Values mode,
      List<FieldError> out,
      int depth) {
    List<JsonNode> candidates = new ArrayList<>();
    List<JsonNode> discriminators = new ArrayList<>();
    JsonNode type = v.isObject() ? v.get("type") : null;
    for (JsonNode branch : branches) {
      JsonNode b = api.resolve(branch);
      if (b.path("type").asString("").equals("null")) {
        continue;
      }
      List<JsonNode> tags =
          type == null ? null : choices(api.resolve(b.path("properties").path("type")));
      if (tags == null) {
        candidates.add(b);
      } else {
        discriminators.addAll(tags);
        if (containsValue(tags, type)) {
          candidates.add(b);
        }
      }
    }
    if (candidates.isEmpty() && !discriminators.isEmpty()) {
      out.add(
          new FieldError(
              join(path, "type"),
              "UNION_TYPE_CHOICES",
              "Value of field \"type\" must be one of " + tuple(discriminators) + "."));
      return;
    }
    List<FieldError> best = null;
    for (JsonNode branch : candidates) {
      List<FieldError> errors = new ArrayList<>();
      check(v, branch, path, mode, errors, depth + 1);
      if (errors.isEmpty()) {
        return;
      }
      if (best == null || errors.size() < best.size()) {
        best = errors;
      }
    }
    if (best != null) {
      out.addAll(best);
    }
  }

  /** The allowed values of an enum, a const, or a {@code oneOf} of consts; null if unrestricted. */
  private List<JsonNode> choices(JsonNode s) {
    // Discord's description writes "enum": [] next to an allOf that holds the real values
    // (GuildJoinRequestApplicationStatus); an empty list restricts nothing by itself.
    if (s.has("enum") && !s.get("enum").isEmpty()) {
      List<JsonNode> values = new ArrayList<>();
      s.get("enum").forEach(values::add);
      return values;
    }
    if (s.has("const")) {
      return List.of(s.get("const"));
    }
    if (s.has("oneOf") || s.has("anyOf")) {
      List<JsonNode> values = new ArrayList<>();
      for (JsonNode branch : branches(s)) {
        JsonNode b = api.resolve(branch);
        if (!b.has("const")) {
          return null;
        }
        values.add(b.get("const"));
      }
      return values;
    }
    return null;
  }

  private static boolean containsValue(List<JsonNode> choices, JsonNode v) {
    for (JsonNode choice : choices) {
      if (choice.isNumber() && v.isNumber()) {
        if (choice.decimalValue().compareTo(v.decimalValue()) == 0) {
          return true;
        }
      } else if (choice.equals(v)) {
        return true;
      }
    }
    return false;
  }

  /** Renders choices the way Discord's messages do, as a Python tuple: (0, 1) or ('a',). */
  private static String tuple(List<JsonNode> choices) {
    StringJoiner joiner = new StringJoiner(", ", "(", choices.size() == 1 ? ",)" : ")");
    for (JsonNode choice : choices) {
      joiner.add(choice.isString() ? "'" + choice.stringValue() + "'" : plain(choice));
    }
    return joiner.toString();
  }

  private static String plain(JsonNode number) {
    return number.isNumber()
        ? number.decimalValue().stripTrailingZeros().toPlainString()
        : Json.write(number);
  }

  private static Optional<FieldError> lengthError(
      int length, JsonNode s, String minKey, String maxKey, String path) {
    boolean hasMin = s.has(minKey);
    boolean hasMax = s.has(maxKey);
    long min = s.path(minKey).asLong(0);
    long max = s.path(maxKey).asLong(Long.MAX_VALUE);
    if ((!hasMin || length >= min) && (!hasMax || length <= max)) {
      return Optional.empty();
    }
    if (hasMin && hasMax) {
      return Optional.of(
          new FieldError(
              path,
              "BASE_TYPE_BAD_LENGTH",
              "Must be between " + min + " and " + max + " in length."));
    }
    if (hasMax) {
      return Optional.of(
          new FieldError(path, "BASE_TYPE_MAX_LENGTH", "Must be " + max + " or fewer in length."));
    }
    return Optional.of(
        new FieldError(path, "BASE_TYPE_MIN_LENGTH", "Must be " + min + " or more in length."));
  }

  private List<JsonNode> branches(JsonNode s) {
    List<JsonNode> result = new ArrayList<>();
    s.path("oneOf").forEach(result::add);
    s.path("anyOf").forEach(result::add);
    return result;
  }

  private static Set<String> types(JsonNode s) {
    JsonNode type = s.get("type");
    Set<String> result = new LinkedHashSet<>();
    if (type == null) {
      return result;
    }
    if (type.isArray()) {
      for (Iterator<JsonNode> it = type.values().iterator(); it.hasNext(); ) {
        result.add(it.next().asString());
      }
    } else {
      result.add(type.asString());
    }
    return result;
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
