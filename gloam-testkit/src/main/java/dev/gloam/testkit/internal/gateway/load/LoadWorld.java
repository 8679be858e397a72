package dev.gloam.testkit.internal.gateway.load;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.world.Member;
import dev.gloam.testkit.internal.world.StoredMessage;
import dev.gloam.testkit.internal.world.World;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a load run needs from the world, read once when the run starts and kept as JSON bytes: the
 * guild, its text channel, a sample of its human members and the newest message (for reactions).
 * This is the only place the load mode reads the world, so a new world model only changes this
 * class. Load events do not change the world: they exist on the gateway only.
 *
 * @param guildId the guild the events happen in
 * @param channelId the text channel messages, typing and reactions happen in
 * @param botId the bot user, which never acts in load events
 * @param people the members who act, at least one
 * @param newestMessage the newest message of the channel before the run, if any
 */
record LoadWorld(
    long guildId,
    long channelId,
    long botId,
    List<Person> people,
    Optional<MessageRef> newestMessage) {

  /** At most this many members act, so a 100k-member guild does not cost 100k templates. */
  static final int MAX_PEOPLE = 1000;

  /** Nicknames that GUILD_MEMBER_UPDATE cycles through; null clears the nickname. */
  static final List<String> NICKNAMES = java.util.Arrays.asList(null, "afk", "on call", "🌙 night");

  /**
   * A member who acts in load events, pre-serialized.
   *
   * @param userId the user id
   * @param user the user object
   * @param partialMember the member without its user, as in MESSAGE_CREATE
   * @param member the member with its user, as in TYPING_START and MESSAGE_REACTION_ADD
   * @param memberUpdates the GUILD_MEMBER_UPDATE body, one per entry of {@link #NICKNAMES}
   */
  record Person(
      long userId, byte[] user, byte[] partialMember, byte[] member, List<byte[]> memberUpdates) {}

  /**
   * A message that reactions can point at.
   *
   * @param id the message id
   * @param authorId its author's id
   */
  record MessageRef(long id, long authorId) {}

  /**
   * Reads the world.
   *
   * @param world the world
   * @return the snapshot
   */
  static LoadWorld of(World world) {
    long guildId = world.guild().id();
    long channelId = world.channel().id();
    long botId = world.bot().id();
    List<Person> people = new ArrayList<>();
    for (Member member : world.members()) {
      if (member.user().bot()) {
        continue;
      }
      people.add(person(guildId, member));
      if (people.size() == MAX_PEOPLE) {
        break;
      }
    }
    if (people.isEmpty()) {
      throw new IllegalStateException("the guild has no human member to act in load events");
    }
    Long newest = world.messages().lastMessageId(channelId);
    Optional<MessageRef> newestMessage =
        newest == null
            ? Optional.empty()
            : world
                .messages()
                .find(channelId, newest)
                .map((StoredMessage m) -> new MessageRef(m.id(), m.author().id()));
    return new LoadWorld(guildId, channelId, botId, List.copyOf(people), newestMessage);
  }

  private static Person person(long guildId, Member member) {
    List<byte[]> updates = new ArrayList<>();
    for (String nickname : NICKNAMES) {
      ObjectNode update = Json.object();
      update.put("guild_id", Json.id(guildId));
      update.setAll(member.toJson());
      update.put("nick", nickname);
      updates.add(bytes(update));
    }
    return new Person(
        member.user().id(),
        bytes(member.user().toJson()),
        bytes(member.toPartialJson()),
        bytes(member.toJson()),
        List.copyOf(updates));
  }

  private static byte[] bytes(ObjectNode json) {
    return Json.write(json).getBytes(StandardCharsets.UTF_8);
  }
}
