package dev.gloam.testkit.internal.gateway;

import dev.gloam.testkit.internal.world.Guild;
import dev.gloam.testkit.internal.world.Member;
import dev.gloam.testkit.internal.world.World;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds the body of GUILD_CREATE as one session receives it. */
public final class GuildCreateEvent {

  private GuildCreateEvent() {}

  /**
   * Builds GUILD_CREATE as sent right after READY. Which members are listed follows {@code
   * events/gateway-events.mdx} ("Request Guild Members"): without GUILD_PRESENCES only the bot and
   * members in voice; with it, every member unless the guild has more than {@code large_threshold}
   * members, in which case only online members, members in voice and the bot.
   *
   * @param world the world
   * @param guild the guild
   * @param session the receiving session
   * @param live presences and voice states
   * @return the event body
   */
  public static ObjectNode build(World world, Guild guild, GatewaySession session, LiveState live) {
    long botId = world.bot().id();
    Member botMember = guild.member(botId).orElseThrow();
    List<Member> all = guild.members();
    boolean presences = Intents.contains(session.intents(), Intents.GUILD_PRESENCES);
    boolean large = all.size() > session.largeThreshold();
    List<Member> listed =
        all.stream()
            .filter(
                member -> {
                  long id = member.user().id();
                  if (id == botId || live.inVoice(guild.id(), id)) {
                    return true;
                  }
                  return presences && (!large || live.isOnline(id));
                })
            .toList();
    ObjectNode json = guild.toGuildCreateJson(botMember, listed);
    json.put("large", large);
    json.put("member_count", all.size());
    ArrayNode voiceStates = json.putArray("voice_states");
    live.voiceStates(guild.id()).forEach(voiceStates::add);
    ArrayNode presenceArray = json.putArray("presences");
    if (presences && live.isOnline(botId)) {
      ObjectNode presence = live.botPresence(guild.id());
      presence.remove("guild_id");
      presenceArray.add(presence);
    }
    return json;
  }
}
