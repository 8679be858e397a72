package dev.gloam.testkit;

import static dev.gloam.testkit.ThreadFamilyFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.testkit.internal.rest.ApiError;
import dev.gloam.testkit.internal.rest.RestRequest;
import dev.gloam.testkit.internal.rest.RestResponse;
import dev.gloam.testkit.internal.rest.routes.ThreadChanges;
import dev.gloam.testkit.internal.world.Channels;
import dev.gloam.testkit.internal.world.GuildChannel;
import dev.gloam.testkit.internal.world.World;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Threads: starting them, their members, the thread lists, and modifying and deleting them. */
class ThreadRoutesTest {

  final ThreadFamilyFixture kit = new ThreadFamilyFixture();
  final World world = kit.discord.world();

  @AfterEach
  void stop() {
    kit.close();
  }

  @Test
  void startingAThreadFromAMessageSharesItsIdAndAnnouncesIt() {
    kit.gateway(
        ThreadFamilyFixture.GUILDS
            | ThreadFamilyFixture.GUILD_MESSAGES
            | ThreadFamilyFixture.MESSAGE_CONTENT
            | ThreadFamilyFixture.GUILD_MODERATION);
    long messageId = kit.discord.humanSays(kit.discord.channelId(), "shall we talk?");
    kit.awaitDispatch("MESSAGE_CREATE");
    String path = kit.general() + "/messages/" + messageId + "/threads";
    JsonNode thread = kit.ok(201, "POST", path, "{\"name\":\"talk\",\"auto_archive_duration\":60}");
    assertThat(thread.path("id").asString()).isEqualTo(id(messageId));
    assertThat(thread.path("type").asInt()).isEqualTo(Channels.PUBLIC_THREAD);
    assertThat(thread.path("parent_id").asString()).isEqualTo(id(kit.discord.channelId()));
    assertThat(thread.path("owner_id").asString()).isEqualTo(id(kit.discord.botUserId()));
    assertThat(thread.path("thread_metadata").path("auto_archive_duration").asInt()).isEqualTo(60);
    assertThat(thread.path("thread_metadata").path("archived").asBoolean(true)).isFalse();
    assertThat(thread.path("member").path("user_id").asString())
        .isEqualTo(id(kit.discord.botUserId()));
    assertThat(thread.path("member_count").asInt()).isEqualTo(1);

    JsonNode created = kit.awaitDispatch("THREAD_CREATE");
    assertThat(created.path("newly_created").asBoolean()).isTrue();
    assertThat(created.path("id").asString()).isEqualTo(id(messageId));
    JsonNode joined = kit.awaitDispatch("THREAD_MEMBERS_UPDATE");
    assertThat(joined.path("added_members").get(0).path("user_id").asString())
        .isEqualTo(id(kit.discord.botUserId()));
    JsonNode update = kit.awaitDispatch("MESSAGE_UPDATE");
    assertThat(update.path("id").asString()).isEqualTo(id(messageId));
    assertThat(update.path("thread").path("id").asString()).isEqualTo(id(messageId));
    JsonNode audit = kit.awaitDispatch("GUILD_AUDIT_LOG_ENTRY_CREATE");
    assertThat(audit.path("action_type").asInt()).isEqualTo(110);

    kit.error(400, 160004, "POST", path, "{\"name\":\"again\"}");
    JsonNode fetched = kit.ok(200, "GET", "/channels/" + messageId, null);
    assertThat(fetched.path("name").asString()).isEqualTo("talk");
    assertThat(fetched.path("member").path("user_id").asString())
        .isEqualTo(id(kit.discord.botUserId()));
    JsonNode starter = kit.ok(200, "GET", kit.general() + "/messages/" + messageId, null);
    assertThat(starter.path("thread").path("id").asString()).isEqualTo(id(messageId));
    JsonNode active = kit.ok(200, "GET", kit.guild() + "/threads/active", null);
    assertThat(active.path("threads").get(0).path("id").asString()).isEqualTo(id(messageId));
    assertThat(active.path("members").get(0).path("user_id").asString())
        .isEqualTo(id(kit.discord.botUserId()));
    JsonNode log = kit.ok(200, "GET", kit.guild() + "/audit-logs?action_type=110", null);
    assertThat(log.path("audit_log_entries").get(0).path("target_id").asString())
        .isEqualTo(id(messageId));
    assertThat(log.path("threads").get(0).path("id").asString()).isEqualTo(id(messageId));
  }

  @Test
  void privateThreadMembersArchivingAndUnarchivingByAMessage() {
    kit.gateway(ThreadFamilyFixture.GUILDS | ThreadFamilyFixture.GUILD_MEMBERS);
    JsonNode thread =
        kit.ok(
            201,
            "POST",
            kit.general() + "/threads",
            "{\"name\":\"secret\",\"type\":12,\"invitable\":false}");
    String threadPath = "/channels/" + thread.path("id").asString();
    assertThat(thread.path("type").asInt()).isEqualTo(Channels.PRIVATE_THREAD);
    assertThat(thread.path("thread_metadata").path("invitable").asBoolean(true)).isFalse();
    kit.awaitDispatch("THREAD_CREATE");
    kit.awaitDispatch("THREAD_MEMBERS_UPDATE");

    String human = id(kit.discord.humanUserId());
    kit.ok(204, "PUT", threadPath + "/thread-members/" + human, null);
    JsonNode added = kit.awaitDispatch("THREAD_MEMBERS_UPDATE");
    assertThat(added.path("member_count").asInt()).isEqualTo(2);
    assertThat(added.path("added_members").get(0).path("member").path("user").path("id").asString())
        .isEqualTo(human);
    JsonNode member =
        kit.ok(200, "GET", threadPath + "/thread-members/" + human + "?with_member=true", null);
    assertThat(member.path("member").path("user").path("id").asString()).isEqualTo(human);
    assertThat(kit.ok(200, "GET", threadPath + "/thread-members", null).size()).isEqualTo(2);
    JsonNode firstPage =
        kit.ok(200, "GET", threadPath + "/thread-members?with_member=true&limit=1", null);
    assertThat(firstPage.size()).isEqualTo(1);
    String firstUser = firstPage.get(0).path("user_id").asString();
    JsonNode secondPage =
        kit.ok(
            200,
            "GET",
            threadPath + "/thread-members?with_member=true&limit=1&after=" + firstUser,
            null);
    assertThat(secondPage.get(0).path("user_id").asString()).isNotEqualTo(firstUser);

    kit.ok(204, "DELETE", threadPath + "/thread-members/" + human, null);
    JsonNode removed = kit.awaitDispatch("THREAD_MEMBERS_UPDATE");
    assertThat(removed.path("removed_member_ids").get(0).asString()).isEqualTo(human);
    kit.error(404, 10007, "GET", threadPath + "/thread-members/" + human, null);

    long threadId = Long.parseLong(thread.path("id").asString());
    RestResponse archived = modify(threadId, "{\"archived\":true}");
    assertThat(archived.body().path("thread_metadata").path("archived").asBoolean()).isTrue();
    assertThat(
            kit.awaitDispatch("THREAD_UPDATE").path("thread_metadata").path("archived").asBoolean())
        .isTrue();
    JsonNode privateArchived =
        kit.ok(200, "GET", kit.general() + "/threads/archived/private", null);
    assertThat(privateArchived.path("threads").get(0).path("id").asString())
        .isEqualTo(id(threadId));
    assertThat(privateArchived.path("has_more").asBoolean(true)).isFalse();
    JsonNode joined =
        kit.ok(200, "GET", kit.general() + "/users/@me/threads/archived/private", null);
    assertThat(joined.path("members").get(0).path("id").asString()).isEqualTo(id(threadId));
    assertThat(kit.ok(200, "GET", kit.general() + "/threads/archived/public", null).path("threads"))
        .isEmpty();
    assertThat(kit.ok(200, "GET", kit.guild() + "/threads/active", null).path("threads")).isEmpty();
    kit.error(400, 50083, "PUT", threadPath + "/thread-members/@me", null);

    kit.discord.humanSays(threadId, "wake up");
    JsonNode unarchived = kit.awaitDispatch("THREAD_UPDATE");
    assertThat(unarchived.path("thread_metadata").path("archived").asBoolean(true)).isFalse();
    kit.awaitDispatch("THREAD_MEMBER_UPDATE");
    JsonNode autoJoined = kit.awaitDispatch("THREAD_MEMBERS_UPDATE");
    assertThat(autoJoined.path("added_members").get(0).path("user_id").asString()).isEqualTo(human);
    JsonNode now = kit.ok(200, "GET", threadPath, null);
    assertThat(now.path("message_count").asInt()).isEqualTo(1);
    assertThat(now.path("total_message_sent").asInt()).isEqualTo(1);
    assertThat(now.path("member_count").asInt()).isEqualTo(2);
  }

  @Test
  void forumPostsNeedTheirTagsAndCarryTheirFirstMessage() {
    kit.gateway(
        ThreadFamilyFixture.GUILDS
            | ThreadFamilyFixture.GUILD_MESSAGES
            | ThreadFamilyFixture.MESSAGE_CONTENT);
    long forumId = kit.addChannel(Channels.GUILD_FORUM, "help");
    long tagId = world.nextId();
    ObjectNode forum = world.guild().channels().get(forumId).orElseThrow();
    forum.put("flags", 1 << 4);
    ObjectNode tag = forum.putArray("available_tags").addObject();
    tag.put("id", id(tagId)).put("name", "bug").put("moderated", false);
    tag.putNull("emoji_id");
    tag.putNull("emoji_name");
    world.guild().channels().put(forumId, forum);

    String posts = "/channels/" + forumId + "/threads";
    JsonNode refused =
        kit.error(
            400, 50035, "POST", posts, "{\"name\":\"crash\",\"message\":{\"content\":\"x\"}}");
    assertThat(refused.path("errors").has("applied_tags")).isTrue();
    JsonNode post =
        kit.ok(
            201,
            "POST",
            posts,
            "{\"name\":\"crash\",\"applied_tags\":[\"%s\"],\"message\":{\"content\":\"it broke\"}}"
                .formatted(id(tagId)));
    String threadId = post.path("id").asString();
    assertThat(post.path("type").asInt()).isEqualTo(Channels.PUBLIC_THREAD);
    assertThat(post.path("applied_tags").get(0).asString()).isEqualTo(id(tagId));
    assertThat(post.path("message").path("content").asString()).isEqualTo("it broke");
    assertThat(post.path("message").path("channel_id").asString()).isEqualTo(threadId);
    assertThat(post.path("message_count").asInt()).isZero();
    assertThat(kit.awaitDispatch("THREAD_CREATE").path("applied_tags").get(0).asString())
        .isEqualTo(id(tagId));
    assertThat(kit.awaitDispatch("MESSAGE_CREATE").path("channel_id").asString())
        .isEqualTo(threadId);
    assertThat(kit.ok(200, "GET", "/channels/" + forumId, null).path("last_message_id").asString())
        .isEqualTo(threadId);
    kit.error(
        400, 50024, "POST", "/channels/" + forumId + "/messages/1/threads", "{\"name\":\"no\"}");
  }

  @Test
  void threadChangesFollowTheThreadRules() {
    kit.gateway(ThreadFamilyFixture.GUILDS | ThreadFamilyFixture.GUILD_MODERATION);
    JsonNode thread =
        kit.ok(201, "POST", kit.general() + "/threads", "{\"name\":\"plans\",\"type\":11}");
    long threadId = Long.parseLong(thread.path("id").asString());
    kit.awaitDispatch("GUILD_AUDIT_LOG_ENTRY_CREATE");

    RestResponse renamed = modify(threadId, "{\"name\":\"better plans\",\"locked\":true}");
    assertThat(renamed.status()).isEqualTo(200);
    JsonNode updated = kit.awaitDispatch("THREAD_UPDATE");
    assertThat(updated.path("name").asString()).isEqualTo("better plans");
    assertThat(updated.path("thread_metadata").path("locked").asBoolean()).isTrue();
    JsonNode entry = kit.awaitDispatch("GUILD_AUDIT_LOG_ENTRY_CREATE");
    assertThat(entry.path("action_type").asInt()).isEqualTo(111);
    assertThat(entry.path("reason").asString()).isEqualTo("tidy up");
    assertThat(entry.path("changes").toString()).contains("better plans").contains("\"plans\"");

    kit.botPermissions(0);
    assertThatThrownBy(() -> modify(threadId, "{\"locked\":false}"))
        .isInstanceOfSatisfying(
            ApiError.class, e -> assertThat(e.response().status()).isEqualTo(403));
    assertThatThrownBy(() -> delete(threadId))
        .isInstanceOfSatisfying(
            ApiError.class,
            e -> assertThat(e.response().body().path("code").asInt()).isEqualTo(50013));
    kit.error(403, 50013, "POST", kit.general() + "/threads", "{\"name\":\"p\",\"type\":12}");
    kit.botPermissions(dev.gloam.testkit.internal.world.Permissions.BOT_DEFAULT);

    RestResponse deleted = delete(threadId);
    assertThat(deleted.status()).isEqualTo(200);
    JsonNode gone = kit.awaitDispatch("THREAD_DELETE");
    assertThat(gone.size()).isEqualTo(4);
    assertThat(gone.path("parent_id").asString()).isEqualTo(id(kit.discord.channelId()));
    assertThat(kit.awaitDispatch("GUILD_AUDIT_LOG_ENTRY_CREATE").path("action_type").asInt())
        .isEqualTo(112);
    kit.error(404, 10003, "GET", "/channels/" + threadId, null);
  }

  @Test
  void unknownIdsAndWrongChannelsAnswerWithDiscordsCodes() {
    kit.error(404, 10003, "POST", "/channels/1/threads", "{\"name\":\"x\"}");
    kit.error(404, 10008, "POST", kit.general() + "/messages/1/threads", "{\"name\":\"x\"}");
    kit.error(400, 50024, "GET", kit.general() + "/thread-members", null);
    kit.error(404, 10004, "GET", "/guilds/1/threads/active", null);
    long voice = kit.addChannel(Channels.GUILD_VOICE, "talk");
    kit.error(400, 50024, "POST", "/channels/" + voice + "/threads", "{\"name\":\"x\"}");
  }

  private RestResponse modify(long threadId, String body) {
    return world.change(
        () -> ThreadChanges.modify(world, request("PATCH", threadId, body), thread(threadId)));
  }

  private RestResponse delete(long threadId) {
    return world.change(
        () -> ThreadChanges.delete(world, request("DELETE", threadId, ""), thread(threadId)));
  }

  private GuildChannel thread(long threadId) {
    return world.channel(threadId).orElseThrow();
  }

  private static RestRequest request(String method, long threadId, String body) {
    return new RestRequest(
        method,
        "/channels/" + threadId,
        Map.of("channel.id", Long.toString(threadId)),
        "application/json",
        body,
        "",
        "tidy up");
  }
}
