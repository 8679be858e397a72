package dev.gloam.standby;

import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.model.json.GatewayEventParser;

/** Gateway events for the unit tests, read from the JSON Discord would send. */
final class Events {
  static final long GUILD = 1_100_000_000_000_000_001L;
  static final long OTHER_GUILD = 1_100_000_000_000_000_002L;
  static final long CHANNEL = 1_100_000_000_000_000_010L;
  static final long OTHER_CHANNEL = 1_100_000_000_000_000_011L;
  static final long USER = 1_100_000_000_000_000_100L;

  private static long sequence;

  private Events() {}

  static Event message(long channel, long id, String content) {
    return parse("MESSAGE_CREATE", messageJson(channel, id, content));
  }

  static Event reaction(long message, long user, String emoji) {
    return parse(
        "MESSAGE_REACTION_ADD",
        """
        {"user_id":"%d","channel_id":"%d","message_id":"%d","guild_id":"%d",
         "emoji":{"id":null,"name":"%s"},"burst":false,"type":0}\
        """
            .formatted(user, CHANNEL, message, GUILD, emoji));
  }

  static Event button(long message, String customId) {
    return interaction(
        3,
        """
        {"custom_id":"%s","component_type":2}\
        """
            .formatted(customId),
        ",\"message\":" + messageJson(CHANNEL, message, "menu"));
  }

  static Event modal(String customId) {
    return interaction(
        5,
        """
        {"custom_id":"%s","components":[]}\
        """
            .formatted(customId),
        "");
  }

  static Event typing(long guild, long user) {
    return parse(
        "TYPING_START",
        """
        {"channel_id":"%d","guild_id":"%d","user_id":"%d","timestamp":1700000000}\
        """
            .formatted(CHANNEL, guild, user));
  }

  static Event channelCreate(long guild, long channel) {
    return parse(
        "CHANNEL_CREATE",
        """
        {"id":"%d","type":0,"guild_id":"%d","name":"new"}\
        """
            .formatted(channel, guild));
  }

  static Event userUpdate() {
    return parse(
        "USER_UPDATE",
        """
        {"id":"%d","username":"bot","discriminator":"0","global_name":null,"avatar":null}\
        """
            .formatted(USER));
  }

  private static Event interaction(int type, String data, String extra) {
    return parse(
        "INTERACTION_CREATE",
        """
        {"id":"%d","application_id":"1100000000000000900","type":%d,"data":%s,
         "guild_id":"%d","channel_id":"%d","token":"secret-token","version":1,
         "app_permissions":"0","entitlements":[],"authorizing_integration_owners":{},
         "attachment_size_limit":8388608,"user":%s%s}\
        """
            .formatted(nextId(), type, data, GUILD, CHANNEL, userJson(), extra));
  }

  private static String messageJson(long channel, long id, String content) {
    return """
    {"id":"%d","channel_id":"%d","guild_id":"%d","author":%s,"content":"%s",
     "timestamp":"2026-11-27T10:00:00.000000+00:00","edited_timestamp":null,"tts":false,
     "mention_everyone":false,"mentions":[],"mention_roles":[],"attachments":[],
     "embeds":[],"pinned":false,"type":0}\
    """
        .formatted(id, channel, GUILD, userJson(), content);
  }

  private static String userJson() {
    return """
    {"id":"%d","username":"human","discriminator":"0","global_name":null,"avatar":null}\
    """
        .formatted(USER);
  }

  private static synchronized long nextId() {
    return 1_100_000_000_000_500_000L + ++sequence;
  }

  private static Event parse(String name, String data) {
    String payload = "{\"op\":0,\"s\":1,\"t\":\"" + name + "\",\"d\":" + data + "}";
    return GatewayEventParser.parse(payload, EventTypeFlags.all())
        .orElseThrow(() -> new AssertionError("not parsed: " + payload));
  }
}
