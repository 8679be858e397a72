package dev.gloam.http.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.http.Client;
import dev.gloam.http.request.channel.thread.SortOrder;
import dev.gloam.http.request.channel.thread.TagSetting;
import dev.gloam.http.request.channel.thread.ThreadSortBy;
import dev.gloam.http.routing.Route;
import dev.gloam.model.channel.Channel;
import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.channel.PermissionOverwriteType;
import dev.gloam.model.channel.thread.AutoArchiveDuration;
import dev.gloam.model.channel.thread.ThreadMember;
import dev.gloam.model.guild.Permissions;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.invite.Invite;
import dev.gloam.model.stage.PrivacyLevel;
import dev.gloam.model.stage.StageInstance;
import dev.gloam.testkit.GuildChannelType;
import dev.gloam.testkit.OfflineDiscord;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The channel, thread, invite and stage instance families: {@code ChannelRequests}, {@code
 * ThreadRequests}, {@code InviteRequests} and {@code StageInstanceRequests}.
 */
final class ChannelRouteCalls implements RouteCalls {
  @Override
  public Set<Route> routes() {
    return EnumSet.of(
        Route.ADD_GROUP_DM_USER,
        Route.DELETE_CHANNEL,
        Route.DELETE_CHANNEL_PERMISSION_OVERWRITE,
        Route.DELETE_GROUP_DM_USER,
        Route.FOLLOW_CHANNEL,
        Route.GET_CHANNEL,
        Route.SEND_SOUNDBOARD_SOUND,
        Route.SET_CHANNEL_PERMISSION_OVERWRITE,
        Route.UPDATE_CHANNEL,
        Route.UPDATE_VOICE_CHANNEL_STATUS,
        Route.CREATE_CHANNEL_INVITE,
        Route.GET_INVITE_TARGET_USERS,
        Route.GET_INVITE_TARGET_USERS_JOB_STATUS,
        Route.INVITE_RESOLVE,
        Route.INVITE_REVOKE,
        Route.LIST_CHANNEL_INVITES,
        Route.UPDATE_INVITE_TARGET_USERS,
        Route.CREATE_STAGE_INSTANCE,
        Route.DELETE_STAGE_INSTANCE,
        Route.GET_STAGE_INSTANCE,
        Route.UPDATE_STAGE_INSTANCE,
        Route.ADD_THREAD_MEMBER,
        Route.CREATE_THREAD,
        Route.CREATE_THREAD_FROM_MESSAGE,
        Route.DELETE_THREAD_MEMBER,
        Route.GET_ACTIVE_GUILD_THREADS,
        Route.GET_THREAD_MEMBER,
        Route.JOIN_THREAD,
        Route.LEAVE_THREAD,
        Route.LIST_MY_PRIVATE_ARCHIVED_THREADS,
        Route.LIST_PRIVATE_ARCHIVED_THREADS,
        Route.LIST_PUBLIC_ARCHIVED_THREADS,
        Route.LIST_THREAD_MEMBERS,
        Route.THREAD_SEARCH);
  }

  @Override
  public void run(Fixture fixture) {
    channels(fixture);
    invites(fixture);
    stages(fixture);
    threads(fixture);
  }

  private static Id<ChannelMarker> add(Fixture fixture, String name, GuildChannelType type) {
    return Id.of(fixture.discord().addChannel(fixture.discord().guildId(), name, type));
  }

  private static void channels(Fixture fixture) {
    Client client = fixture.client();
    Channel general = client.channel(fixture.channelId()).send().model();
    assertThat(general.id()).isEqualTo(fixture.channelId());

    Id<ChannelMarker> text = add(fixture, "scratch", GuildChannelType.TEXT);
    Channel changed =
        client
            .updateChannel(text)
            .name("renamed")
            .topic("a topic")
            .rateLimitPerUser(10)
            .nsfw(false)
            .reason("coverage")
            .send()
            .model();
    assertThat(changed.name()).contains("renamed");
    assertThat(changed.topic()).contains("a topic");

    client
        .updatePermissionOverwrite(
            text, fixture.humanUserId().cast(), PermissionOverwriteType.MEMBER)
        .allow(Permissions.VIEW_CHANNEL)
        .deny(Permissions.SEND_MESSAGES)
        .reason("coverage")
        .send();
    assertThat(client.channel(text).send().model().permissionOverwrites().orElseThrow())
        .anySatisfy(o -> assertThat(o.id()).isEqualTo(fixture.humanUserId().cast()));
    client.deletePermissionOverwrite(text, fixture.humanUserId().cast()).send();

    Id<ChannelMarker> news = add(fixture, "news", GuildChannelType.ANNOUNCEMENT);
    assertThat(client.followChannel(news, text).send().model().channelId()).isNotNull();

    client.addGroupDmRecipient(text, fixture.humanUserId()).accessToken("oauth").nick("Sam").send();
    client.removeGroupDmRecipient(text, fixture.humanUserId()).send();

    Id<ChannelMarker> voice = add(fixture, "voice", GuildChannelType.VOICE);
    assertThat(
            client
                .sendSoundboardSound(voice, Id.of(1))
                .sourceGuildId(fixture.guildId())
                .send()
                .status())
        .isEqualTo(204);
    assertThat(client.updateVoiceChannelStatus(voice).status("live").send().status())
        .isEqualTo(204);

    Channel deleted = client.deleteChannel(text).reason("coverage").send().model();
    assertThat(deleted.id()).isEqualTo(text);
  }

  private static void invites(Fixture fixture) {
    Client client = fixture.client();
    Invite created =
        client
            .createInvite(fixture.channelId())
            .maxAge(3600)
            .maxUses(5)
            .temporary(false)
            .unique(true)
            .reason("coverage")
            .send()
            .model();
    assertThat(created.code()).isNotBlank();
    assertThat(client.channelInvites(fixture.channelId()).send().model())
        .extracting(Invite::code)
        .contains(created.code());
    assertThat(client.invite(created.code()).withCounts(true).send().model().code())
        .isEqualTo(created.code());
    assertThat(client.inviteTargetUsers(created.code()).send().status()).isEqualTo(200);
    assertThat(
            client
                .updateInviteTargetUsers(created.code())
                .targetUsersFile(List.of(fixture.humanUserId()))
                .send()
                .status())
        .isEqualTo(204);
    assertThat(client.inviteTargetUsersJobStatus(created.code()).send().model().status())
        .isNotNull();
    assertThat(client.deleteInvite(created.code()).reason("coverage").send().model().code())
        .isEqualTo(created.code());
  }

  private static void stages(Fixture fixture) {
    Client client = fixture.client();
    Id<ChannelMarker> stage = add(fixture, "stage", GuildChannelType.STAGE);
    StageInstance opened =
        client
            .createStageInstance(stage, "Town hall")
            .privacyLevel(PrivacyLevel.GUILD_ONLY)
            .reason("coverage")
            .send()
            .model();
    assertThat(opened.channelId()).isEqualTo(stage);
    assertThat(client.stageInstance(stage).send().model().topic()).isEqualTo("Town hall");
    assertThat(client.updateStageInstance(stage).topic("Q&A").send().model().topic())
        .isEqualTo("Q&A");
    assertThat(client.deleteStageInstance(stage).reason("coverage").send().status()).isEqualTo(204);
  }

  private static void threads(Fixture fixture) {
    Client client = fixture.client();
    OfflineDiscord discord = fixture.discord();
    Id<ChannelMarker> parent = fixture.channelId();
    var message = client.createMessage(parent).content("start here").send().model();
    Channel fromMessage =
        client
            .createThreadFromMessage(parent, message.id(), "from a message")
            .autoArchiveDuration(AutoArchiveDuration.DAY)
            .reason("coverage")
            .send()
            .model();
    assertThat(fromMessage.id()).isEqualTo(message.id().cast());

    Channel thread =
        client
            .createThread(parent, "private talk")
            .type(ChannelType.PRIVATE_THREAD)
            .invitable(true)
            .rateLimitPerUser(0)
            .send()
            .model();
    assertThat(thread.type()).isEqualTo(ChannelType.PRIVATE_THREAD);
    Id<ChannelMarker> threadId = thread.id();

    client.leaveThread(fromMessage.id()).send();
    client.joinThread(fromMessage.id()).send();
    client.addThreadMember(threadId, fixture.humanUserId()).send();
    ThreadMember human =
        client.threadMember(threadId, fixture.humanUserId()).withMember(true).send().model();
    assertThat(human.userId()).contains(fixture.humanUserId());
    assertThat(client.threadMembers(threadId).withMember(true).limit(10).send().model()).hasSize(2);
    client.removeThreadMember(threadId, fixture.humanUserId()).send();

    assertThat(client.activeThreads(fixture.guildId()).send().model().threads())
        .extracting(Channel::id)
        .contains(threadId, fromMessage.id());

    client.updateChannel(threadId).archived(true).send();
    client.updateChannel(fromMessage.id()).archived(true).send();
    assertThat(
            client
                .publicArchivedThreads(parent)
                .before(Instant.now().plusSeconds(60))
                .limit(10)
                .send()
                .model()
                .threads())
        .extracting(Channel::id)
        .contains(fromMessage.id());
    assertThat(client.privateArchivedThreads(parent).limit(10).send().model().threads())
        .extracting(Channel::id)
        .contains(threadId);
    assertThat(client.joinedPrivateArchivedThreads(parent).limit(10).send().model().threads())
        .extracting(Channel::id)
        .contains(threadId);

    assertThat(
            client
                .searchThreads(parent)
                .name("talk")
                .tag(List.of(Id.of(1), Id.of(2)))
                .tagSetting(TagSetting.MATCH_SOME)
                .sortBy(ThreadSortBy.CREATION_TIME)
                .sortOrder(SortOrder.DESCENDING)
                .archived(true)
                .limit(25)
                .offset(0)
                .send()
                .model())
        .isNotNull();
    assertThat(discord.guildId()).isEqualTo(fixture.guildId().value());
  }
}
