package dev.gloam.testkit.internal.world.interaction;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.GuildChannel;
import dev.gloam.testkit.internal.world.Member;
import dev.gloam.testkit.internal.world.PermissionCalculator;
import dev.gloam.testkit.internal.world.StoredMessage;
import dev.gloam.testkit.internal.world.World;
import dev.gloam.testkit.internal.world.interaction.Integrations.ManagedMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The human using the application: a slash command, a button, a select menu or a modal. Each builds
 * the interaction object (interactions/receiving-and-responding.mdx, "Interaction Object"),
 * remembers it with a fresh token and sends INTERACTION_CREATE. Mistakes a real client could not
 * make (an unknown command, a disabled button) are refused with {@link IllegalArgumentException}.
 */
public final class HumanInteractions {

  private static final int APPLICATION_COMMAND = 2;
  private static final int MESSAGE_COMPONENT = 3;
  private static final int MODAL_SUBMIT = 5;
  private static final int ACTION_ROW = 1;
  private static final int BUTTON = 2;
  private static final int STRING_SELECT = 3;
  private static final int TEXT_INPUT = 4;
  private static final int LABEL = 18;
  private static final int LINK_STYLE = 5;
  private static final int PREMIUM_STYLE = 6;
  private static final long ATTACHMENT_SIZE_LIMIT = 10L * 1024 * 1024;

  private HumanInteractions() {}

  /**
   * The human runs a slash command with options.
   *
   * @param world the world
   * @param channelId where
   * @param commandPath the command's name, followed by a subcommand group and subcommand if any,
   *     separated by spaces
   * @param options the option values by name: String, Number or Boolean; user, channel and role
   *     options take the snowflake as a Number or String
   * @return the interaction
   */
  public static PendingInteraction command(
      World world, long channelId, String commandPath, Map<String, ?> options) {
    return world.change(
        () -> {
          GuildChannel channel = channel(world, channelId);
          String[] path = commandPath.trim().split("\\s+");
          ObjectNode command =
              findCommand(world, channel.guild(), path[0])
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "no slash command named " + path[0] + " is registered"));
          ObjectNode data = Json.object();
          data.put("id", command.path("id").asString(""));
          data.put("name", path[0]);
          data.put("type", 1);
          if (command.has("guild_id")) {
            data.put("guild_id", command.path("guild_id").asString(""));
          }
          ObjectNode resolved = Json.object();
          JsonNode level = command.path("options");
          ArrayNode target = data.putArray("options");
          for (int i = 1; i < path.length; i++) {
            JsonNode sub = option(level, path[i]);
            ObjectNode subOption = target.addObject();
            subOption.put("name", path[i]);
            subOption.put("type", sub.path("type").asInt());
            target = subOption.putArray("options");
            level = sub.path("options");
          }
          fillOptions(world, channel.guild(), level, options, target, resolved);
          if (!resolved.isEmpty()) {
            data.set("resolved", resolved);
          }
          return start(world, channel, APPLICATION_COMMAND, data, null);
        });
  }

  /**
   * The human presses a button on a message.
   *
   * @param world the world
   * @param channelId the message's channel
   * @param messageId the message
   * @param customId the button's {@code custom_id}
   * @return the interaction
   */
  public static PendingInteraction button(
      World world, long channelId, long messageId, String customId) {
    return world.change(
        () -> {
          GuildChannel channel = channel(world, channelId);
          ObjectNode message = message(world, channelId, messageId);
          ObjectNode button = component(message, customId, BUTTON);
          int style = button.path("style").asInt();
          if (style == LINK_STYLE || style == PREMIUM_STYLE) {
            throw new IllegalArgumentException("button " + customId + " sends no interaction");
          }
          ObjectNode data = Json.object();
          data.put("custom_id", customId);
          data.put("component_type", BUTTON);
          return start(world, channel, MESSAGE_COMPONENT, data, message);
        });
  }

  /**
   * The human picks values in a string select menu.
   *
   * @param world the world
   * @param channelId the message's channel
   * @param messageId the message
   * @param customId the menu's {@code custom_id}
   * @param values the picked option values
   * @return the interaction
   */
  public static PendingInteraction select(
      World world, long channelId, long messageId, String customId, List<String> values) {
    return world.change(
        () -> {
          GuildChannel channel = channel(world, channelId);
          ObjectNode message = message(world, channelId, messageId);
          ObjectNode menu = component(message, customId, STRING_SELECT);
          int min = menu.path("min_values").asInt(1);
          int max = menu.path("max_values").asInt(1);
          if (values.size() < min || values.size() > max) {
            throw new IllegalArgumentException(
                "menu " + customId + " takes " + min + " to " + max + " values");
          }
          List<String> offered = new ArrayList<>();
          menu.path("options").forEach(o -> offered.add(o.path("value").asString("")));
          for (String value : values) {
            if (!offered.contains(value)) {
              throw new IllegalArgumentException("menu " + customId + " has no option " + value);
            }
          }
          ObjectNode data = Json.object();
          data.put("custom_id", customId);
          data.put("component_type", STRING_SELECT);
          ArrayNode picked = data.putArray("values");
          values.forEach(picked::add);
          return start(world, channel, MESSAGE_COMPONENT, data, message);
        });
  }

  /**
   * The human fills in and submits the modal the bot opened in answer to an interaction.
   *
   * @param world the world
   * @param opener the interaction the bot answered with the modal
   * @param customId the modal's {@code custom_id}
   * @param values the text inputs' values by their {@code custom_id}
   * @return the interaction
   */
  public static PendingInteraction submitModal(
      World world, PendingInteraction opener, String customId, Map<String, String> values) {
    return world.change(
        () -> {
          ObjectNode modal = opener.modal();
          if (modal == null) {
            throw new IllegalArgumentException("the bot opened no modal for this interaction");
          }
          if (!modal.path("custom_id").asString("").equals(customId)) {
            throw new IllegalArgumentException("the open modal is not " + customId);
          }
          GuildChannel channel = channel(world, opener.channelId());
          List<ObjectNode> inputs = new ArrayList<>();
          collect(modal.path("components"), TEXT_INPUT, inputs);
          ArrayNode rows = Json.array();
          for (ObjectNode input : inputs) {
            String inputId = input.path("custom_id").asString("");
            String value = values.get(inputId);
            if (value == null && input.path("required").asBoolean(true)) {
              throw new IllegalArgumentException("text input " + inputId + " is required");
            }
            ObjectNode row = rows.addObject();
            row.put("type", ACTION_ROW);
            ObjectNode answer = row.putArray("components").addObject();
            answer.put("type", TEXT_INPUT);
            answer.put("id", input.path("id").asInt(0));
            answer.put("custom_id", inputId);
            answer.put("value", value == null ? "" : value);
          }
          for (String key : values.keySet()) {
            if (inputs.stream().noneMatch(i -> i.path("custom_id").asString("").equals(key))) {
              throw new IllegalArgumentException("the modal has no text input " + key);
            }
          }
          ObjectNode data = Json.object();
          data.put("custom_id", customId);
          data.set("components", rows);
          JsonNode message = opener.payload().get("message");
          return start(
              world,
              channel,
              MODAL_SUBMIT,
              data,
              message instanceof ObjectNode object ? object : null);
        });
  }

  private static PendingInteraction start(
      World world, GuildChannel channel, int type, ObjectNode data, ObjectNode message) {
    Guild guild = channel.guild();
    long humanId = world.human().id();
    Member member =
        guild
            .member(humanId)
            .orElseThrow(() -> new IllegalArgumentException("the human is not in that guild"));
    long id = world.nextId();
    String token = world.integrations().tokens().interactionToken(id);
    ObjectNode payload = Json.object();
    payload.put("id", Json.id(id));
    payload.put("application_id", Json.id(world.applicationId()));
    payload.put("type", type);
    payload.set("data", data);
    String locale = guild.settings().path("preferred_locale").asString("en-US");
    ObjectNode partialGuild = payload.putObject("guild");
    partialGuild.put("id", Json.id(guild.id()));
    partialGuild.put("locale", locale);
    partialGuild.set("features", guild.settings().path("features").deepCopy());
    payload.put("guild_id", Json.id(guild.id()));
    ObjectNode channelJson = channel.channel();
    long humanPermissions =
        PermissionCalculator.inChannel(guild, channel.channel(), humanId, world.now());
    channelJson.put("permissions", Long.toUnsignedString(humanPermissions));
    payload.set("channel", channelJson);
    payload.put("channel_id", Json.id(channel.id()));
    ObjectNode memberJson = member.toJson();
    memberJson.put("permissions", Long.toUnsignedString(humanPermissions));
    payload.set("member", memberJson);
    payload.put("token", token);
    payload.put("version", 1);
    if (message != null) {
      payload.set("message", message);
    }
    payload.put(
        "app_permissions",
        Long.toUnsignedString(
            PermissionCalculator.inChannel(
                guild, channel.channel(), world.bot().id(), world.now())));
    payload.put("locale", "en-US");
    payload.put("guild_locale", locale);
    payload.putArray("entitlements");
    payload.putObject("authorizing_integration_owners").put("0", Json.id(guild.id()));
    payload.put("context", 0);
    payload.put("attachment_size_limit", ATTACHMENT_SIZE_LIMIT);
    PendingInteraction interaction =
        new PendingInteraction(id, token, type, guild.id(), channel.id(), world.now(), payload);
    world.integrations().add(interaction);
    world.dispatch(guild.id(), "INTERACTION_CREATE", payload);
    return interaction;
  }

  private static GuildChannel channel(World world, long channelId) {
    return world
        .channel(channelId)
        .orElseThrow(() -> new IllegalArgumentException("unknown channel " + channelId));
  }

  private static Optional<ObjectNode> findCommand(World world, Guild guild, String name) {
    // A guild command shadows a global one of the same name in that guild.
    for (List<ObjectNode> scope : List.of(guild.commands().all(), world.globalCommands().all())) {
      for (ObjectNode command : scope) {
        if (command.path("type").asInt(1) == 1 && command.path("name").asString("").equals(name)) {
          return Optional.of(command);
        }
      }
    }
    return Optional.empty();
  }

  private static JsonNode option(JsonNode options, String name) {
    for (JsonNode option : options) {
      if (option.path("name").asString("").equals(name)) {
        int type = option.path("type").asInt();
        if (type == 1 || type == 2) {
          return option;
        }
      }
    }
    throw new IllegalArgumentException("no subcommand named " + name);
  }

  private static void fillOptions(
      World world,
      Guild guild,
      JsonNode declared,
      Map<String, ?> given,
      ArrayNode target,
      ObjectNode resolved) {
    for (String name : given.keySet()) {
      boolean known = false;
      for (JsonNode option : declared) {
        known |= option.path("name").asString("").equals(name);
      }
      if (!known) {
        throw new IllegalArgumentException("the command has no option " + name);
      }
    }
    for (JsonNode option : declared) {
      String name = option.path("name").asString("");
      Object value = given.get(name);
      if (value == null) {
        if (option.path("required").asBoolean(false)) {
          throw new IllegalArgumentException("option " + name + " is required");
        }
        continue;
      }
      int type = option.path("type").asInt();
      ObjectNode answer = target.addObject();
      answer.put("name", name);
      answer.put("type", type);
      switch (type) {
        case 3 -> answer.put("value", value.toString());
        case 4 -> answer.put("value", number(name, value).longValue());
        case 5 -> answer.put("value", Boolean.parseBoolean(value.toString()));
        case 10 -> answer.put("value", number(name, value).doubleValue());
        case 6, 7, 8, 9 -> {
          long id = Long.parseUnsignedLong(value.toString());
          answer.put("value", Json.id(id));
          resolve(world, guild, type, id, resolved);
        }
        default -> throw new IllegalArgumentException("option " + name + " cannot be given");
      }
      JsonNode choices = option.path("choices");
      if (!choices.isEmpty()) {
        boolean listed = false;
        for (JsonNode choice : choices) {
          listed |= choice.path("value").asString("").equals(answer.path("value").asString(""));
        }
        if (!listed) {
          throw new IllegalArgumentException("option " + name + " has no choice " + value);
        }
      }
    }
  }

  private static Number number(String name, Object value) {
    if (value instanceof Number number) {
      return number;
    }
    try {
      return Double.parseDouble(value.toString());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("option " + name + " takes a number", e);
    }
  }

  private static void resolve(World world, Guild guild, int type, long id, ObjectNode resolved) {
    Optional<Member> member = guild.member(id);
    Optional<ObjectNode> role = guild.roles().get(id);
    Optional<ObjectNode> channel = guild.channels().get(id);
    if ((type == 6 || type == 9) && world.user(id).isPresent()) {
      child(resolved, "users").set(Json.id(id), world.user(id).get().toJson());
      member.ifPresent(m -> child(resolved, "members").set(Json.id(id), m.toPartialJson()));
    } else if ((type == 8 || type == 9) && role.isPresent()) {
      child(resolved, "roles").set(Json.id(id), role.get());
    } else if (type == 7 && channel.isPresent()) {
      ObjectNode partial = Json.object();
      for (String field : List.of("id", "name", "type", "parent_id", "thread_metadata")) {
        if (channel.get().has(field)) {
          partial.set(field, channel.get().get(field));
        }
      }
      partial.put(
          "permissions",
          Long.toUnsignedString(
              PermissionCalculator.inChannel(
                  guild, channel.get(), world.human().id(), world.now())));
      child(resolved, "channels").set(Json.id(id), partial);
    } else {
      throw new IllegalArgumentException("nothing with id " + Long.toUnsignedString(id) + " fits");
    }
  }

  private static ObjectNode child(ObjectNode parent, String field) {
    return parent.get(field) instanceof ObjectNode existing ? existing : parent.putObject(field);
  }

  private static ObjectNode message(World world, long channelId, long messageId) {
    Optional<ManagedMessage> managed = world.integrations().message(messageId);
    if (managed.isPresent()) {
      ObjectNode json = managed.get().json();
      if (json.path("channel_id").asString("").equals(Json.id(channelId))) {
        return json;
      }
    }
    return world
        .messages()
        .find(channelId, messageId)
        .map(StoredMessage::toJson)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown message " + messageId + " in channel " + channelId));
  }

  private static ObjectNode component(ObjectNode message, String customId, int type) {
    List<ObjectNode> found = new ArrayList<>();
    collect(message.path("components"), type, found);
    for (ObjectNode component : found) {
      if (component.path("custom_id").asString("").equals(customId)) {
        if (component.path("disabled").asBoolean(false)) {
          throw new IllegalArgumentException("component " + customId + " is disabled");
        }
        return component;
      }
    }
    throw new IllegalArgumentException("the message has no such component: " + customId);
  }

  // Components nest in action rows, labels, sections and containers; the walk finds them anywhere.
  private static void collect(JsonNode components, int type, List<ObjectNode> found) {
    for (JsonNode component : components) {
      if (component instanceof ObjectNode object && object.path("type").asInt() == type) {
        found.add(object);
      }
      collect(component.path("components"), type, found);
      if (component.path("type").asInt() == LABEL || component.has("component")) {
        JsonNode inner = component.path("component");
        if (inner instanceof ObjectNode object && object.path("type").asInt() == type) {
          found.add(object);
        }
      }
      if (component.path("accessory") instanceof ObjectNode accessory
          && accessory.path("type").asInt() == type) {
        found.add(accessory);
      }
    }
  }
}
