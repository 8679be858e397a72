package dev.gloam.http.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.http.HttpException;
import dev.gloam.http.request.AttachmentFile;
import dev.gloam.http.request.channel.thread.ForumThreadMessage;
import dev.gloam.http.support.AgainstOfflineDiscord;
import dev.gloam.http.transport.ApiRequest;
import dev.gloam.http.transport.RequestBody;
import dev.gloam.model.channel.Channel;
import dev.gloam.model.channel.forum.ForumTag;
import dev.gloam.model.channel.message.Message;
import dev.gloam.model.channel.thread.AutoArchiveDuration;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.TagMarker;
import dev.gloam.testkit.GuildChannelType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Thread requests against the offline Discord. */
class ThreadRequestsTest extends AgainstOfflineDiscord {
  static Id<ChannelMarker> channel() {
    return Id.of(discord.channelId());
  }

  @Test
  void aThreadStartedFromAMessageHasTheMessagesId() {
    Message message = client.createMessage(channel()).content("thread me").send().model();

    Channel thread =
        client
            .createThreadFromMessage(channel(), message.id(), "replies")
            .autoArchiveDuration(AutoArchiveDuration.HOUR)
            .send()
            .model();

    assertThat(thread.id().value()).isEqualTo(message.id().value());
    assertThat(thread.parentId()).contains(channel());
    assertThat(thread.name()).contains("replies");
  }

  @Test
  void aForumPostCarriesItsTagsAndFirstMessage() {
    Id<ChannelMarker> forum =
        Id.of(discord.addChannel(discord.guildId(), "help", GuildChannelType.FORUM));
    Channel withTags =
        client
            .updateChannel(forum)
            .availableTags(
                List.of(new ForumTag(null, "bug", false, Optional.empty(), Optional.empty())))
            .send()
            .model();
    Id<TagMarker> bug = withTags.availableTags().orElseThrow().get(0).id();

    Channel post =
        client
            .createThread(forum, "It crashes")
            .message(new ForumThreadMessage().content("on start"))
            .appliedTags(List.of(bug))
            .send()
            .model();

    assertThat(post.parentId()).contains(forum);
    assertThat(post.appliedTags()).contains(List.of(bug));
    assertThat(discord.messages(post.id().value()))
        .anySatisfy(m -> assertThat(m.content()).isEqualTo("on start"));
  }

  @Test
  void aForumPostWithFilesIsMultipartWithDescribedAttachments() {
    ApiRequest request =
        client
            .createThread(Id.of(1), "screenshots")
            .message(new ForumThreadMessage().content("see attached"))
            .attachments(AttachmentFile.of("a.png", new byte[] {1, 2}).description("the error"))
            .toApiRequest();

    assertThat(request.body()).isInstanceOf(RequestBody.Multipart.class);
    String body =
        new String(((RequestBody.Multipart) request.body()).bytes(), StandardCharsets.ISO_8859_1);
    assertThat(body)
        .contains("name=\"payload_json\"")
        .contains(
            "\"attachments\":[{\"id\":\"0\",\"filename\":\"a.png\",\"description\":\"the error\"}]")
        .contains("name=\"files[0]\"; filename=\"a.png\"");
  }

  @Test
  void aForumMessageNeedsSomethingToShow() {
    assertThatThrownBy(
            () -> client.createThread(channel(), "empty").message(new ForumThreadMessage()).send())
        .isInstanceOfSatisfying(
            HttpException.class,
            e ->
                assertThat(e.validationError().orElseThrow().field()).isEqualTo("message.content"));
  }

  @Test
  void theMemberListLimitArrivesAndPages() {
    Channel thread = client.createThread(channel(), "crowd").send().model();
    client.addThreadMember(thread.id(), Id.of(discord.humanUserId())).send();

    assertThat(client.threadMembers(thread.id()).withMember(true).send().model()).hasSize(2);
    assertThat(client.threadMembers(thread.id()).withMember(true).limit(1).send().model())
        .hasSize(1);
  }

  @Test
  void theSearchTagsAreRepeatedInTheQuery() {
    ApiRequest request =
        client.searchThreads(channel()).tag(List.of(Id.of(7), Id.of(8))).limit(5).toApiRequest();
    assertThat(request.query()).isEqualTo("tag=7&tag=8&limit=5");
  }

  @Test
  void anArchivedLimitOfOneIsRefused() {
    assertThatThrownBy(() -> client.publicArchivedThreads(channel()).limit(1).send())
        .isInstanceOfSatisfying(
            HttpException.class,
            e -> assertThat(e.validationError().orElseThrow().field()).isEqualTo("limit"));
  }
}
