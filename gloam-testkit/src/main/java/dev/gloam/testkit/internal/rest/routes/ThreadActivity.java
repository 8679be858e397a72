package dev.gloam.testkit.internal.rest.routes;

import dev.gloam.testkit.internal.world.DiscordTime;
import dev.gloam.testkit.internal.world.GuildChannel;
import dev.gloam.testkit.internal.world.StoredMessage;
import dev.gloam.testkit.internal.world.World;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a message sent in a thread does to the thread ({@code resources/channel.mdx}, "Example
 * Thread Channel", and {@code topics/threads.mdx}): an archived thread that is not locked is
 * unarchived (THREAD_UPDATE, then THREAD_MEMBER_UPDATE for the bot if it is a member), the author
 * becomes a member (THREAD_MEMBERS_UPDATE), and {@code message_count} and {@code
 * total_message_sent} grow by one.
 *
 * <p>Runs as a {@link World#onMessageCreated} listener, under the world's lock and before the
 * gateway's MESSAGE_CREATE. Refusing a message in a locked archived thread is the message route's
 * job; if one arrives anyway the thread stays archived.
 */
final class ThreadActivity {

  private ThreadActivity() {}

  static void messageCreated(World world, StoredMessage message) {
    Optional<GuildChannel> found = world.channel(message.channelId());
    if (found.isEmpty() || !found.get().isThread()) {
      return;
    }
    GuildChannel thread = found.get();
    ObjectNode json = thread.channel();
    if (Threads.archived(json) && !Threads.locked(json)) {
      ObjectNode metadata = (ObjectNode) json.get("thread_metadata");
      metadata.put("archived", false);
      metadata.put("archive_timestamp", DiscordTime.format(world.now()));
      thread.guild().channels().put(thread.id(), json);
      world.dispatch(thread.guildId(), "THREAD_UPDATE", json);
      Threads.botMemberUpdate(world, thread.guild(), thread.id());
    }
    ObjectNode counted = thread.guild().channels().get(thread.id()).orElseThrow();
    counted.put("message_count", counted.path("message_count").asInt() + 1);
    counted.put("total_message_sent", counted.path("total_message_sent").asInt() + 1);
    thread.guild().channels().put(thread.id(), counted);
    Threads.addMembers(world, thread.guild(), thread.id(), List.of(message.author().id()), false);
  }
}
