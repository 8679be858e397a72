package dev.gloam.http.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.http.Client;
import dev.gloam.http.InteractionClient;
import dev.gloam.http.request.Request;
import dev.gloam.http.routing.Route;
import dev.gloam.model.id.Id;
import dev.gloam.model.json.ModelJson;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every typed request offers what its operation takes: for each body field and each query parameter
 * of the OpenAPI description there is a public method named after it in lowerCamelCase ({@code
 * rate_limit_per_user} becomes {@code rateLimitPerUser}). The requests are found the way a program
 * finds them, through the factory methods of {@link Client} and {@link InteractionClient}; nothing
 * is sent.
 */
class RequestShapeTest {
  private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

  /**
   * Fields that a request does not offer as one setter per name, with the reason. Keyed by the
   * request's simple class name and the JSON name.
   */
  private static final Map<String, String> OTHER_SHAPES =
      Map.ofEntries(
          Map.entry(
              "CreateInteractionResponse type",
              "the callback type is chosen by the method that fills data (message, modal, ...)"),
          Map.entry(
              "CreateInteractionResponse data",
              "data is filled by the method of its callback type (message, modal, ...)"),
          Map.entry("CreateDm access_tokens", "a group DM's field: CreateGroupDm has it"),
          Map.entry("CreateDm nicks", "a group DM's field: CreateGroupDm has it"),
          Map.entry("CreateGroupDm recipient_id", "a one-to-one DM's field: CreateDm has it"),
          followup("thread_id"),
          followup("username"),
          followup("avatar_url"),
          followup("thread_name"),
          followup("applied_tags"),
          followup("with_components"));

  /**
   * A field of Execute Webhook that follow-up messages leave out: Discord documents that thread_id,
   * username and avatar_url are not supported for follow-ups
   * (interactions/receiving-and-responding, "Create Followup Message"); a follow-up answers in the
   * interaction's channel, so the thread fields do not apply, and the application owns the webhook,
   * so its components are always used.
   */
  private static Map.Entry<String, String> followup(String field) {
    return Map.entry("CreateFollowup " + field, "not offered for interaction follow-ups");
  }

  static JsonNode spec;
  static Client client;
  static Map<Route, Set<Class<?>>> requests;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in =
        RequestShapeTest.class.getResourceAsStream(
            "/dev/gloam/testkit/openapi/discord-openapi.json")) {
      spec = ModelJson.mapper().readTree(in.readAllBytes());
    }
    client = Client.builder().token("shape-test").baseUrl(URI.create("http://127.0.0.1:9")).build();
    requests = new EnumMap<>(Route.class);
    collect(client, Client.class);
    collect(client.interaction(Id.of(1)), InteractionClient.class);
  }

  @AfterAll
  static void close() {
    client.close();
  }

  @Test
  void everyRouteHasARequestOnTheClient() {
    Set<Route> without = new TreeSet<>(Arrays.asList(Route.values()));
    without.removeAll(requests.keySet());
    assertThat(without)
        .as("routes without a factory method on Client or InteractionClient")
        .isEmpty();
  }

  @Test
  void everyBodyFieldAndQueryParameterHasASetter() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Map.Entry<Route, Set<Class<?>>> entry : requests.entrySet()) {
      Route route = entry.getKey();
      Set<String> names = inputs(route);
      for (Class<?> type : entry.getValue()) {
        Set<String> methods = new HashSet<>();
        for (Method method : type.getMethods()) {
          methods.add(method.getName());
        }
        for (String name : names) {
          if (!methods.contains(camel(name))
              && !OTHER_SHAPES.containsKey(type.getSimpleName() + " " + name)) {
            missing.add(
                type.getSimpleName() + "." + camel(name) + " (" + route.key() + ": " + name + ")");
          }
        }
      }
    }
    assertThat(missing).as("body fields and query parameters without a setter").isEmpty();
  }

  /** The JSON names of the route's body fields and query parameters. */
  private static Set<String> inputs(Route route) {
    Set<String> names = new LinkedHashSet<>();
    JsonNode operation =
        spec.path("paths").path(route.template()).path(route.method().toLowerCase(Locale.ROOT));
    if (operation.isMissingNode()) {
      return names; // LIST_SKUS is not in the description
    }
    for (JsonNode parameter : operation.path("parameters")) {
      if (parameter.path("in").asString().equals("query")) {
        names.add(parameter.path("name").asString());
      }
    }
    JsonNode content = operation.path("requestBody").path("content");
    for (String type : List.of("application/json", "multipart/form-data")) {
      if (content.has(type)) {
        properties(content.get(type).get("schema"), names);
        break;
      }
    }
    names.removeIf(name -> name.equals("payload_json") || name.startsWith("files["));
    return names;
  }

  private static void properties(JsonNode schema, Set<String> into) {
    JsonNode resolved = schema;
    while (resolved.has("$ref")) {
      String name = resolved.get("$ref").asString();
      resolved =
          spec.path("components").path("schemas").path(name.substring(name.lastIndexOf('/') + 1));
    }
    for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
      for (JsonNode part : resolved.path(combinator)) {
        properties(part, into);
      }
    }
    resolved.path("properties").propertyNames().forEach(into::add);
  }

  static String camel(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean upper = false;
    for (char c : name.toCharArray()) {
      if (c == '_' || c == '-' || c == '.') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  /** Calls every public factory method of a client with made-up arguments to learn its route. */
  private static void collect(Object target, Class<?> type) throws Exception {
    for (Method method : type.getMethods()) {
      if (Modifier.isStatic(method.getModifiers())
          || !Request.class.isAssignableFrom(method.getReturnType())) {
        continue;
      }
      Object[] arguments = new Object[method.getParameterCount()];
      for (int i = 0; i < arguments.length; i++) {
        arguments[i] = sample(method.getParameterTypes()[i], method);
      }
      Request<?> request;
      try {
        request = (Request<?>) method.invoke(target, arguments);
      } catch (InvocationTargetException e) {
        throw new AssertionError(
            type.getSimpleName() + "." + method.getName() + " rejected made-up arguments",
            e.getCause());
      }
      requests.computeIfAbsent(request.route(), r -> new LinkedHashSet<>()).add(request.getClass());
    }
  }

  /** A plausible value of a parameter type, for calling factory methods without sending. */
  private static Object sample(Class<?> type, Method where) throws Exception {
    if (type == Id.class) {
      return Id.of(1);
    }
    if (type == String.class || type == CharSequence.class) {
      return "x";
    }
    if (type == long.class || type == Long.class) {
      return 1L;
    }
    if (type == int.class || type == Integer.class) {
      return 1;
    }
    if (type == boolean.class || type == Boolean.class) {
      return true;
    }
    if (type == double.class || type == Double.class) {
      return 1d;
    }
    if (type == Duration.class) {
      return Duration.ofSeconds(1);
    }
    if (type == Instant.class) {
      return Instant.EPOCH;
    }
    if (type == Optional.class) {
      return Optional.empty();
    }
    if (type == byte[].class) {
      return new byte[] {1};
    }
    if (type.isArray()) {
      return Array.newInstance(type.getComponentType(), 0);
    }
    if (List.class.isAssignableFrom(type) || Collection.class == type) {
      return List.of();
    }
    if (Set.class.isAssignableFrom(type)) {
      return Set.of();
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    // Open enums and other value classes: one of their constants.
    for (java.lang.reflect.Field constant : type.getFields()) {
      if (Modifier.isStatic(constant.getModifiers()) && constant.getType() == type) {
        return constant.get(null);
      }
    }
    // Value types such as a reaction emoji, a data URI or a file: a static factory or a public
    // constructor whose parameters can be made up in turn.
    List<java.lang.reflect.Executable> makers = new ArrayList<>();
    for (Method factory : type.getMethods()) {
      if (Modifier.isStatic(factory.getModifiers())
          && type.isAssignableFrom(factory.getReturnType())) {
        makers.add(factory);
      }
    }
    makers.addAll(Arrays.asList(type.getConstructors()));
    makers.sort(java.util.Comparator.comparingInt(java.lang.reflect.Executable::getParameterCount));
    for (java.lang.reflect.Executable maker : makers) {
      if (Arrays.asList(maker.getParameterTypes()).contains(type)) {
        continue;
      }
      try {
        Object[] values = new Object[maker.getParameterCount()];
        for (int i = 0; i < values.length; i++) {
          values[i] = sample(maker.getParameterTypes()[i], where);
        }
        return maker instanceof Method method
            ? method.invoke(null, values)
            : ((java.lang.reflect.Constructor<?>) maker).newInstance(values);
      } catch (InvocationTargetException | AssertionError e) {
        // This one wants better values; another maker may do.
      }
    }
    throw new AssertionError(
        "no made-up value for " + type.getName() + " in " + where + "; add one to sample()");
  }
}
