package dev.gloam.testkit;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.rest.DiscordErrors;
import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.RouteHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The test controls of {@link OfflineDiscord} over HTTP, under {@code /_testkit} on the REST port,
 * for bots and test suites in other languages that use the standalone server. Each endpoint calls
 * the Java method of the same name; nothing here needs a token, since the server only listens on
 * 127.0.0.1.
 *
 * <ul>
 *   <li>{@code GET /_testkit}: the ids of the guild, channel, bot, human and application.
 *   <li>{@code POST /_testkit/human/messages} {@code {"channel_id", "content"}}: the human says
 *       something ({@link OfflineDiscord#humanSays}).
 *   <li>{@code POST /_testkit/human/reactions} {@code {"channel_id", "message_id", "emoji"}}: the
 *       human reacts ({@link OfflineDiscord#humanReacts}).
 *   <li>{@code POST /_testkit/human/votes} {@code {"channel_id", "message_id", "answer_id"}}: the
 *       human votes in a poll ({@link OfflineDiscord#humanVotes}).
 *   <li>{@code POST /_testkit/human/scheduled-event-subscriptions} {@code {"guild_id",
 *       "event_id"}}: the human subscribes to a scheduled event ({@link
 *       OfflineDiscord#humanSubscribes}).
 *   <li>{@code POST /_testkit/human/joins} {@code {"guild_id", "username"}}: a new human joins a
 *       guild ({@link OfflineDiscord#humanJoins}); answers {@code {"user_id"}}.
 *   <li>{@code POST /_testkit/human/leaves} {@code {"guild_id", "user_id"}}: a human leaves a guild
 *       ({@link OfflineDiscord#humanLeaves}).
 *   <li>{@code POST /_testkit/human/commands} {@code {"channel_id", "command", "options"}}: the
 *       human runs a slash command ({@link OfflineDiscord#humanUsesCommand}); answers {@code
 *       {"interaction_id"}}, as do the next three.
 *   <li>{@code POST /_testkit/human/buttons} {@code {"channel_id", "message_id", "custom_id"}}: the
 *       human presses a button ({@link OfflineDiscord#humanPressesButton}).
 *   <li>{@code POST /_testkit/human/selects} {@code {"channel_id", "message_id", "custom_id",
 *       "values"}}: the human picks menu options ({@link OfflineDiscord#humanSelects}).
 *   <li>{@code POST /_testkit/human/modals} {@code {"interaction_id", "custom_id", "values"}}: the
 *       human submits the modal the bot opened for that interaction ({@link
 *       OfflineDiscord#humanSubmitsModal}).
 *   <li>{@code GET /_testkit/interactions/{id}/response?timeout_ms=N}: the bot's answer to a human
 *       interaction ({@link HumanInteraction#awaitResponse}), waiting up to N ms (0 by default);
 *       404 if there is none yet.
 *   <li>{@code GET /_testkit/channels/{id}/messages}: what was said in a channel.
 *   <li>{@code GET /_testkit/wire}: the wire log.
 *   <li>{@code POST /_testkit/gateway/faults} {@code {"fault", "shard", "code", "resumable"}}: a
 *       gateway fault ({@link GatewayFaults}); {@code fault} is one of {@code drop}, {@code
 *       stop_acks}, {@code resume_acks}, {@code request_heartbeat}, {@code reconnect}, {@code
 *       invalid_session}, {@code close}, {@code corrupt_frame}, {@code malformed_json}.
 *   <li>{@code POST /_testkit/gateway/load} {@code {"events", "seconds", "rate", "shards",
 *       "only"}}: starts a load run ({@link Load#start}); {@code events} or {@code seconds} (or
 *       both) bound it, {@code rate} is events per second (absent: as fast as possible), {@code
 *       shards} lists shard ids (absent: every session), {@code only} lists {@link LoadEvent}
 *       names. Answers the run's state, with its {@code id}.
 *   <li>{@code GET /_testkit/gateway/load/{id}}: a run's state, {@code {"id", "events", "sent",
 *       "sessions", "done"}}.
 *   <li>{@code POST /_testkit/gateway/load/{id}/stop}: stops a run; answers its state.
 *   <li>{@code POST /_testkit/rest/faults} {@code {"route", "kind", "status", "millis", "times"}}:
 *       a REST fault ({@link RestFaults}); {@code kind} is {@code fail}, {@code rate_limit} or
 *       {@code delay}.
 *   <li>{@code /_testkit/guilds...}: build guilds, channels, roles and members ({@link
 *       HttpWorldControl}).
 * </ul>
 */
final class HttpControl implements RouteHandler {
  /** The path every control lives under. */
  static final String BASE_PATH = "/_testkit";

  private final OfflineDiscord discord;
  private final Map<Long, HumanInteraction> interactions = new ConcurrentHashMap<>();

  HttpControl(OfflineDiscord discord) {
    this.discord = discord;
  }

  @Override
  public RestResponse handle(RestRequest request) {
    String path = request.path();
    String method = request.method();
    try {
      if (path.equals(BASE_PATH) && method.equals("GET")) {
        return RestResponse.ok(overview(), "testkit overview");
      } else if (path.equals(BASE_PATH + "/human/messages") && method.equals("POST")) {
        return humanSays(body(request));
      } else if (path.startsWith(BASE_PATH + "/channels/")
          && path.endsWith("/messages")
          && method.equals("GET")) {
        String id =
            path.substring(
                (BASE_PATH + "/channels/").length(), path.length() - "/messages".length());
        return messages(Long.parseUnsignedLong(id));
      } else if (path.equals(BASE_PATH + "/human/reactions") && method.equals("POST")) {
        return humanReacts(body(request));
      } else if (path.equals(BASE_PATH + "/human/votes") && method.equals("POST")) {
        return humanVotes(body(request));
      } else if (path.equals(BASE_PATH + "/human/scheduled-event-subscriptions")
          && method.equals("POST")) {
        JsonNode body = body(request);
        discord.humanSubscribes(
            Long.parseUnsignedLong(body.path("guild_id").asString(Json.id(discord.guildId()))),
            Long.parseUnsignedLong(body.path("event_id").asString("")));
        return RestResponse.ok(Json.object(), "human subscribed to a scheduled event");
      } else if (path.equals(BASE_PATH + "/human/joins") && method.equals("POST")) {
        return humanJoins(body(request));
      } else if (path.equals(BASE_PATH + "/human/leaves") && method.equals("POST")) {
        return humanLeaves(body(request));
      } else if (path.startsWith(BASE_PATH + "/human/") && method.equals("POST")) {
        RestResponse answer =
            humanInteracts(path.substring((BASE_PATH + "/human/").length()), body(request));
        if (answer != null) {
          return answer;
        }
      } else if (path.startsWith(BASE_PATH + "/interactions/")
          && path.endsWith("/response")
          && method.equals("GET")) {
        String id =
            path.substring(
                (BASE_PATH + "/interactions/").length(), path.length() - "/response".length());
        return interactionResponse(Long.parseUnsignedLong(id), request);
      } else if (path.equals(BASE_PATH + "/wire") && method.equals("GET")) {
        return wire();
      } else if (path.equals(BASE_PATH + "/gateway/faults") && method.equals("POST")) {
        return gatewayFault(body(request));
      } else if (path.equals(BASE_PATH + "/gateway/load") && method.equals("POST")) {
        return startLoad(body(request));
      } else if (path.startsWith(BASE_PATH + "/gateway/load/")) {
        return loadRun(path.substring((BASE_PATH + "/gateway/load/").length()), method);
      } else if (path.equals(BASE_PATH + "/rest/faults") && method.equals("POST")) {
        return restFault(body(request));
      } else if (path.equals(HttpWorldControl.PATH)
          || path.startsWith(HttpWorldControl.PATH + "/")) {
        JsonNode json = request.body().isBlank() ? null : body(request);
        return new HttpWorldControl(discord).handle(method, path, json);
      }
      return DiscordErrors.notFound();
    } catch (IllegalArgumentException | TestkitException e) {
      // Bad ids, unknown faults and out-of-range values: the message names what was wrong.
      return DiscordErrors.error(400, 0, e.getMessage());
    }
  }

  private static JsonNode body(RestRequest request) {
    Optional<JsonNode> json = Json.parse(request.body());
    if (json.isEmpty() || !json.get().isObject()) {
      throw new IllegalArgumentException("the body must be a JSON object");
    }
    return json.get();
  }

  private ObjectNode overview() {
    ObjectNode json = Json.object();
    json.put("rest_url", discord.restUrl().toString());
    json.put("gateway_url", discord.gatewayUrl().toString());
    json.put("guild_id", Json.id(discord.guildId()));
    json.put("channel_id", Json.id(discord.channelId()));
    json.put("bot_user_id", Json.id(discord.botUserId()));
    json.put("human_user_id", Json.id(discord.humanUserId()));
    json.put("application_id", Json.id(discord.applicationId()));
    return json;
  }

  // The channel a control names, or the testkit's text channel when it names none.
  private long channel(JsonNode body) {
    return body.has("channel_id")
        ? Long.parseUnsignedLong(body.path("channel_id").asString())
        : discord.channelId();
  }

  private RestResponse humanSays(JsonNode body) {
    long channel = channel(body);
    if (!body.path("content").isString()) {
      throw new IllegalArgumentException("content must be a string");
    }
    long id = discord.humanSays(channel, body.path("content").asString());
    ObjectNode json = Json.object();
    json.put("id", Json.id(id));
    return RestResponse.ok(json, "human said something");
  }

  private RestResponse humanReacts(JsonNode body) {
    long channel = channel(body);
    long message = Long.parseUnsignedLong(body.path("message_id").asString(""));
    discord.humanReacts(channel, message, body.path("emoji").asString(""));
    return RestResponse.ok(Json.object(), "human reacted");
  }

  // The guild a control names, or the testkit's first guild when it names none.
  private long guild(JsonNode body) {
    return body.has("guild_id")
        ? Long.parseUnsignedLong(body.path("guild_id").asString())
        : discord.guildId();
  }

  private RestResponse humanJoins(JsonNode body) {
    long userId = discord.humanJoins(guild(body), body.path("username").asString(""));
    ObjectNode json = Json.object();
    json.put("user_id", Json.id(userId));
    return RestResponse.ok(json, "a human joined");
  }

  private RestResponse humanLeaves(JsonNode body) {
    discord.humanLeaves(guild(body), Long.parseUnsignedLong(body.path("user_id").asString("")));
    return RestResponse.ok(Json.object(), "a human left");
  }

  // The human's interactions; null for a path that is none of them.
  private RestResponse humanInteracts(String kind, JsonNode body) {
    HumanInteraction interaction =
        switch (kind) {
          case "commands" -> {
            Map<String, Object> options = new LinkedHashMap<>();
            body.path("options")
                .properties()
                .forEach(
                    entry ->
                        options.put(
                            entry.getKey(),
                            entry.getValue().isNumber()
                                ? entry.getValue().numberValue()
                                : entry.getValue().isBoolean()
                                    ? (Object) entry.getValue().booleanValue()
                                    : entry.getValue().asString()));
            yield discord.humanUsesCommand(
                channel(body), body.path("command").asString(""), options);
          }
          case "buttons" ->
              discord.humanPressesButton(
                  channel(body),
                  snowflake(body, "message_id"),
                  body.path("custom_id").asString(""));
          case "selects" -> {
            List<String> values = new ArrayList<>();
            body.path("values").forEach(value -> values.add(value.asString()));
            yield discord.humanSelects(
                channel(body),
                snowflake(body, "message_id"),
                body.path("custom_id").asString(""),
                values.toArray(String[]::new));
          }
          case "modals" -> {
            HumanInteraction opener = interactions.get(snowflake(body, "interaction_id"));
            if (opener == null) {
              throw new IllegalArgumentException(
                  "unknown interaction " + body.path("interaction_id"));
            }
            Map<String, String> values = new LinkedHashMap<>();
            body.path("values")
                .properties()
                .forEach(entry -> values.put(entry.getKey(), entry.getValue().asString()));
            yield discord.humanSubmitsModal(opener, body.path("custom_id").asString(""), values);
          }
          default -> null;
        };
    if (interaction == null) {
      return null;
    }
    interactions.put(interaction.id(), interaction);
    ObjectNode json = Json.object();
    json.put("interaction_id", Json.id(interaction.id()));
    return RestResponse.ok(json, "human interaction " + Json.id(interaction.id()));
  }

  private static long snowflake(JsonNode body, String field) {
    return Long.parseUnsignedLong(body.path(field).asString(""));
  }

  private RestResponse interactionResponse(long id, RestRequest request) {
    HumanInteraction interaction = interactions.get(id);
    if (interaction == null) {
      return DiscordErrors.error(404, 10062, "Unknown interaction");
    }
    long millis = Long.parseLong(request.queryParameter("timeout_ms").orElse("0"));
    InteractionResponse response;
    try {
      response = interaction.awaitResponse(Duration.ofMillis(Math.max(millis, 0)));
    } catch (TestkitException e) {
      return DiscordErrors.error(404, 0, "the bot has not answered yet");
    }
    ObjectNode json = Json.object();
    json.put("type", response.type());
    json.put("content", response.content());
    json.put("ephemeral", response.ephemeral());
    json.put("message_id", response.messageId() == 0 ? null : Json.id(response.messageId()));
    json.put("modal_custom_id", response.modalCustomId());
    json.set("callback", Json.parse(response.json()).orElse(Json.object()));
    return RestResponse.ok(json, "interaction response");
  }

  private RestResponse humanVotes(JsonNode body) {
    long channel = channel(body);
    long message = Long.parseUnsignedLong(body.path("message_id").asString(""));
    discord.humanVotes(channel, message, body.path("answer_id").asInt());
    return RestResponse.ok(Json.object(), "human voted");
  }

  private RestResponse messages(long channelId) {
    ArrayNode list = Json.array();
    for (RecordedMessage message : discord.messages(channelId)) {
      ObjectNode json = list.addObject();
      json.put("id", Json.id(message.id()));
      json.put("channel_id", Json.id(message.channelId()));
      json.put("author_id", Json.id(message.authorId()));
      json.put("content", message.content());
      json.put("timestamp", message.timestamp().toString());
    }
    return new RestResponse(200, list, "200 " + list.size() + " messages");
  }

  private RestResponse wire() {
    ArrayNode list = Json.array();
    for (WireEvent event : discord.wireLog()) {
      ObjectNode json = list.addObject();
      json.put("at", event.at().toString());
      json.put("transport", event.transport().name());
      json.put("direction", event.direction().name());
      json.put("summary", event.summary());
      json.put("body", event.body());
    }
    return new RestResponse(200, list, "200 " + list.size() + " wire events");
  }

  private RestResponse gatewayFault(JsonNode body) {
    int shard = body.path("shard").asInt(0);
    GatewayFaults faults = discord.gatewayFaults();
    int connections =
        switch (body.path("fault").asString("")) {
          case "drop" -> faults.dropConnection(shard);
          case "stop_acks" -> faults.stopHeartbeatAcks(shard);
          case "resume_acks" -> faults.resumeHeartbeatAcks(shard);
          case "request_heartbeat" -> faults.requestHeartbeat(shard);
          case "reconnect" -> faults.sendReconnect(shard);
          case "invalid_session" ->
              faults.sendInvalidSession(shard, body.path("resumable").asBoolean(false));
          case "close" -> faults.close(shard, body.path("code").asInt(4000));
          case "corrupt_frame" -> faults.sendCorruptFrame(shard);
          case "malformed_json" -> faults.sendMalformedJson(shard);
          default ->
              throw new IllegalArgumentException("unknown gateway fault: " + body.path("fault"));
        };
    ObjectNode json = Json.object();
    json.put("connections", connections);
    return RestResponse.ok(json, "gateway fault on " + connections + " connections");
  }

  private RestResponse startLoad(JsonNode body) {
    LoadPlan plan;
    if (body.has("events")) {
      plan = LoadPlan.events(body.path("events").asLong(0));
      if (body.has("seconds")) {
        plan = plan.lastingAtMost(seconds(body));
      }
    } else if (body.has("seconds")) {
      plan = LoadPlan.lasting(seconds(body));
    } else {
      throw new IllegalArgumentException("a load run needs events or seconds");
    }
    if (body.has("rate")) {
      plan = plan.atRate(body.path("rate").asDouble(0));
    }
    if (body.path("shards").isArray()) {
      plan = plan.toShards(body.path("shards").valueStream().mapToInt(JsonNode::asInt).toArray());
    }
    if (body.path("only").isArray()) {
      plan =
          plan.only(
              body.path("only")
                  .valueStream()
                  .map(type -> LoadEvent.valueOf(type.asString("")))
                  .toArray(LoadEvent[]::new));
    }
    LoadRun run = discord.load().start(plan);
    return RestResponse.ok(loadJson(run), "load run " + run.id() + " started");
  }

  private static Duration seconds(JsonNode body) {
    double seconds = body.path("seconds").asDouble(0);
    if (!(seconds > 0)) {
      throw new IllegalArgumentException("seconds must be positive");
    }
    return Duration.ofNanos((long) (seconds * 1e9));
  }

  private RestResponse loadRun(String rest, String method) {
    boolean stop = rest.endsWith("/stop");
    String id = stop ? rest.substring(0, rest.length() - "/stop".length()) : rest;
    if (stop ? !method.equals("POST") : !method.equals("GET")) {
      return DiscordErrors.notFound();
    }
    Optional<LoadRun> run = discord.load().run(Long.parseLong(id));
    if (run.isEmpty()) {
      return DiscordErrors.notFound();
    }
    if (stop) {
      run.get().stop();
      run.get().await(Duration.ofSeconds(10));
    }
    return RestResponse.ok(loadJson(run.get()), "load run " + id);
  }

  private static ObjectNode loadJson(LoadRun run) {
    ObjectNode json = Json.object();
    json.put("id", String.valueOf(run.id()));
    json.put("events", run.events());
    json.put("sent", run.sent());
    json.put("sessions", run.sessions());
    json.put("done", run.isDone());
    return json;
  }

  private RestResponse restFault(JsonNode body) {
    String route = body.path("route").asString("*");
    int times = body.path("times").asInt(1);
    RestFaults faults = discord.restFaults();
    switch (body.path("kind").asString("")) {
      case "fail" -> faults.fail(route, body.path("status").asInt(500), times);
      case "rate_limit" ->
          faults.rateLimit(route, Duration.ofMillis(body.path("millis").asLong(1000)), times);
      case "delay" -> faults.delay(route, Duration.ofMillis(body.path("millis").asLong(0)), times);
      default -> throw new IllegalArgumentException("unknown REST fault: " + body.path("kind"));
    }
    return RestResponse.ok(Json.object(), "REST fault added");
  }
}
