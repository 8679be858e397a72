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
   * Guilds with more members than this list only the bot and members in voice, whatever the intents
   * ({@code events/gateway-events.mdx}, "Guild Create").
   */
  static final int MAX_LISTED_GUILD_SIZE = 75_000;

  /**
   * Builds GUILD_CREATE as sent right after READY. Which members are listed follows {@code
   * events/gateway-events.mdx} ("Guild Create" and "Request Guild Members"): without
   * GUILD_PRESENCES, or in a guild of more than 75,000 members, only the bot and members in voice;
   * with it, every member unless the guild has more than {@code large_threshold} members, in which
   * case only online members, members in voice and the bot. {@code presences} holds the presence of
   * every listed member who is online (the bot, and the users the world has a presence for), and
   * stays empty without GUILD_PRESENCES.
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
    boolean presences =
        Intents.contains(session.intents(), Intents.GUILD_PRESENCES)
            && all.size() <= MAX_LISTED_GUILD_SIZE;
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
    if (Intents.contains(session.intents(), Intents.GUILD_PRESENCES)) {
      for (Member member : listed) {
        long id = member.user().id();
        if (live.isOnline(id)) {
          presenceArray.add(live.listedPresence(guild.id(), id));
        }
      }
    }
    return json;
  }
}
