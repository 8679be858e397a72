package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.GuildChannel;
import dev.gloam.testkit.internal.world.Member;
import dev.gloam.testkit.internal.world.StoredMessage;
import dev.gloam.testkit.internal.world.World;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs enabled KEYWORD rules over messages that humans send and sends
 * AUTO_MODERATION_ACTION_EXECUTION for each action of a rule that matches ({@code
 * events/gateway-events.mdx}, "Auto Moderation Action Execution"). Keywords match as {@code
 * resources/auto-moderation.mdx} ("Keyword Matching Strategies") describes: case insensitive, with
 * {@code *} at either end for prefix, suffix or anywhere matches, a whole word otherwise; the allow
 * list, exempt roles and exempt channels are honoured. Regex patterns and the other trigger types
 * are not evaluated.
 *
 * <p>The message itself is still delivered: the testkit reports what Discord would have done rather
 * than withholding the message, so {@code message_id} is present for every action.
 */
final class AutoModerationExecution {

  private AutoModerationExecution() {}

  static void messageCreated(World world, StoredMessage message) {
    if (message.author().bot()) {
      return;
    }
    Optional<GuildChannel> found = world.channel(message.channelId());
    if (found.isEmpty()) {
      return;
    }
    Guild guild = found.get().guild();
    Set<String> exemptRoles = new HashSet<>();
    guild
        .member(message.author().id())
        .map(Member::roles)
        .orElseGet(List::of)
        .forEach(role -> exemptRoles.add(Json.id(role)));
    Set<String> channels = new HashSet<>();
    channels.add(Json.id(message.channelId()));
    Json.readId(found.get().channel().get("parent_id")).ifPresent(p -> channels.add(Json.id(p)));
    for (ObjectNode rule : guild.autoModerationRules().all()) {
      if (!rule.path("enabled").asBoolean()
          || rule.path("trigger_type").asInt() != AutoModerationRoutes.KEYWORD
          || rule.path("event_type").asInt() != 1
          || containsAny(rule.path("exempt_roles"), exemptRoles)
          || containsAny(rule.path("exempt_channels"), channels)) {
        continue;
      }
      Optional<String[]> match = match(rule.path("trigger_metadata"), message.content());
      if (match.isEmpty()) {
        continue;
      }
      for (JsonNode action : rule.path("actions")) {
        ObjectNode event = Json.object();
        event.put("guild_id", Json.id(guild.id()));
        event.set("action", action.deepCopy());
        event.set("rule_id", rule.get("id").deepCopy());
        event.put("rule_trigger_type", AutoModerationRoutes.KEYWORD);
        event.put("user_id", Json.id(message.author().id()));
        event.put("channel_id", Json.id(message.channelId()));
        event.put("message_id", Json.id(message.id()));
        event.put("content", message.content());
        event.put("matched_keyword", match.get()[0]);
        event.put("matched_content", match.get()[1]);
        world.dispatch(guild.id(), "AUTO_MODERATION_ACTION_EXECUTION", event);
      }
    }
  }

  private static boolean containsAny(JsonNode ids, Set<String> wanted) {
    for (JsonNode id : ids) {
      if (wanted.contains(id.asString(""))) {
        return true;
      }
    }
    return false;
  }

  /** The first keyword that matches and the text it matched, unless the allow list covers it. */
  private static Optional<String[]> match(JsonNode metadata, String content) {
    for (JsonNode keyword : metadata.path("keyword_filter")) {
      Optional<String> matched = find(keyword.asString(""), content);
      if (matched.isEmpty()) {
        continue;
      }
      boolean allowed = false;
      for (JsonNode allow : metadata.path("allow_list")) {
        allowed |= find(allow.asString(""), matched.get()).isPresent();
      }
      if (!allowed) {
        return Optional.of(new String[] {keyword.asString(""), matched.get()});
      }
    }
    return Optional.empty();
  }

  private static Optional<String> find(String keyword, String content) {
    boolean prefix = keyword.endsWith("*");
    boolean suffix = keyword.startsWith("*");
    String core =
        keyword.substring(
            suffix ? 1 : 0, Math.max(suffix ? 1 : 0, keyword.length() - (prefix ? 1 : 0)));
    if (core.isEmpty()) {
      return Optional.empty();
    }
    String haystack = content.toLowerCase(Locale.ROOT);
    String needle = core.toLowerCase(Locale.ROOT);
    int from = 0;
    while (true) {
      int at = haystack.indexOf(needle, from);
      if (at < 0) {
        return Optional.empty();
      }
      int end = at + needle.length();
      boolean startsWord = at == 0 || Character.isWhitespace(haystack.charAt(at - 1));
      boolean endsWord = end == haystack.length() || Character.isWhitespace(haystack.charAt(end));
      // Prefix: must start a word; suffix: must end one; both: anywhere; neither: the whole word.
      boolean fits = (suffix || startsWord) && (prefix || endsWord);
      if (fits) {
        // Lower-casing may change the length of some text; then the lower-cased text is quoted.
        String source = haystack.length() == content.length() ? content : haystack;
        int wordStart = at;
        while (wordStart > 0 && !Character.isWhitespace(source.charAt(wordStart - 1))) {
          wordStart--;
        }
        int wordEnd = end;
        while (wordEnd < source.length() && !Character.isWhitespace(source.charAt(wordEnd))) {
          wordEnd++;
        }
        return Optional.of(source.substring(wordStart, wordEnd));
      }
      from = at + 1;
    }
  }
}
