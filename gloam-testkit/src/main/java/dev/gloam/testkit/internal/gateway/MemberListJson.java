package dev.gloam.testkit.internal.gateway;

import dev.gloam.testkit.internal.world.DiscordTime;
import dev.gloam.testkit.internal.world.Member;
import dev.gloam.testkit.internal.world.User;
import java.time.Instant;
import java.util.List;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * Writes a list of guild members as the JSON text of a GUILD_MEMBERS_CHUNK's {@code members} array,
 * straight from the compact records: the same fields and values as {@link Member#toJson()}, without
 * building a tree per member. Paging through a guild of 100,000 members writes 100,000 of them,
 * which as trees cost seconds and hundreds of megabytes.
 */
final class MemberListJson {

  private static final JsonStringEncoder ENCODER = JsonStringEncoder.getInstance();

  // Members added together share their join time, so the last one formatted is usually the next.
  private Instant lastInstant;
  private String lastFormatted;

  /**
   * Writes the members as a JSON array.
   *
   * @param members the members
   * @return the array's text
   */
  String write(List<Member> members) {
    StringBuilder json = new StringBuilder(members.size() * 480 + 2);
    json.append('[');
    for (int i = 0; i < members.size(); i++) {
      if (i > 0) {
        json.append(',');
      }
      member(json, members.get(i));
    }
    return json.append(']').toString();
  }

  private void member(StringBuilder json, Member member) {
    json.append("{\"user\":");
    user(json, member.user());
    json.append(",\"nick\":");
    string(json, member.nick());
    json.append(",\"avatar\":null,\"banner\":null,\"roles\":[");
    List<Long> roles = member.roles();
    for (int i = 0; i < roles.size(); i++) {
      if (i > 0) {
        json.append(',');
      }
      json.append('"').append(Long.toUnsignedString(roles.get(i))).append('"');
    }
    json.append("],\"joined_at\":\"").append(time(member.joinedAt()));
    json.append("\",\"premium_since\":null,\"deaf\":").append(member.deaf());
    json.append(",\"mute\":").append(member.mute());
    json.append(",\"flags\":").append(member.flags());
    json.append(",\"pending\":false,\"communication_disabled_until\":");
    if (member.timedOutUntil() == null) {
      json.append("null");
    } else {
      json.append('"').append(DiscordTime.format(member.timedOutUntil())).append('"');
    }
    json.append('}');
  }

  private static void user(StringBuilder json, User user) {
    json.append("{\"id\":\"").append(Long.toUnsignedString(user.id()));
    json.append("\",\"username\":");
    string(json, user.username());
    json.append(",\"discriminator\":\"0\",\"global_name\":");
    string(json, user.globalName());
    json.append(",\"avatar\":null");
    if (user.bot()) {
      json.append(",\"bot\":true");
    }
    json.append(",\"banner\":null,\"accent_color\":null,\"flags\":0,\"public_flags\":0")
        .append(",\"avatar_decoration_data\":null,\"collectibles\":null,\"primary_guild\":null}");
  }

  private static void string(StringBuilder json, String value) {
    if (value == null) {
      json.append("null");
      return;
    }
    json.append('"');
    ENCODER.quoteAsString(value, json);
    json.append('"');
  }

  private String time(Instant instant) {
    if (!instant.equals(lastInstant)) {
      lastInstant = instant;
      lastFormatted = DiscordTime.format(instant);
    }
    return lastFormatted;
  }
}
