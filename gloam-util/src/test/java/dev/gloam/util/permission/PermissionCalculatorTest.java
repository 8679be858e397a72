package dev.gloam.util.permission;

import static dev.gloam.model.guild.Permissions.ADD_REACTIONS;
import static dev.gloam.model.guild.Permissions.ADMINISTRATOR;
import static dev.gloam.model.guild.Permissions.ATTACH_FILES;
import static dev.gloam.model.guild.Permissions.BAN_MEMBERS;
import static dev.gloam.model.guild.Permissions.CONNECT;
import static dev.gloam.model.guild.Permissions.EMBED_LINKS;
import static dev.gloam.model.guild.Permissions.KICK_MEMBERS;
import static dev.gloam.model.guild.Permissions.MANAGE_CHANNELS;
import static dev.gloam.model.guild.Permissions.MANAGE_THREADS;
import static dev.gloam.model.guild.Permissions.MENTION_EVERYONE;
import static dev.gloam.model.guild.Permissions.NONE;
import static dev.gloam.model.guild.Permissions.READ_MESSAGE_HISTORY;
import static dev.gloam.model.guild.Permissions.SEND_MESSAGES;
import static dev.gloam.model.guild.Permissions.SEND_MESSAGES_IN_THREADS;
import static dev.gloam.model.guild.Permissions.SEND_TTS_MESSAGES;
import static dev.gloam.model.guild.Permissions.SPEAK;
import static dev.gloam.model.guild.Permissions.VIEW_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.channel.PermissionOverwrite;
import dev.gloam.model.channel.PermissionOverwriteType;
import dev.gloam.model.guild.Permissions;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.id.marker.UserMarker;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of "Permissions" in topics/permissions, case by case. */
class PermissionCalculatorTest {
  private static final Id<GuildMarker> GUILD = Id.of(100);
  private static final Id<UserMarker> USER = Id.of(200);
  private static final Id<UserMarker> OWNER = Id.of(201);
  private static final Id<RoleMarker> ROLE_A = Id.of(300);
  private static final Id<RoleMarker> ROLE_B = Id.of(301);
  private static final Id<RoleMarker> OTHER_ROLE = Id.of(302);
  private static final Permissions CHATTING =
      VIEW_CHANNEL.with(SEND_MESSAGES, READ_MESSAGE_HISTORY, ADD_REACTIONS, EMBED_LINKS);

  private static PermissionOverwrite role(long id, Permissions allow, Permissions deny) {
    return new PermissionOverwrite(Id.of(id), PermissionOverwriteType.ROLE, allow, deny);
  }

  private static PermissionOverwrite member(long id, Permissions allow, Permissions deny) {
    return new PermissionOverwrite(Id.of(id), PermissionOverwriteType.MEMBER, allow, deny);
  }

  private static PermissionCalculator.Builder member(Permissions everyone) {
    return PermissionCalculator.builder(GUILD, USER, everyone).owner(OWNER);
  }

  @Test
  void rootIsEveryoneAndTheRolesTogether() {
    PermissionCalculator calculator =
        member(VIEW_CHANNEL).role(ROLE_A, KICK_MEMBERS).role(ROLE_B, SEND_MESSAGES).build();
    assertThat(calculator.root()).isEqualTo(VIEW_CHANNEL.with(KICK_MEMBERS, SEND_MESSAGES));
  }

  @Test
  void theOwnerHasEverythingEverywhere() {
    PermissionCalculator owner =
        PermissionCalculator.builder(GUILD, OWNER, NONE).owner(OWNER).build();
    assertThat(owner.root()).isEqualTo(Permissions.all());
    Permissions inText =
        owner.inChannel(
            ChannelType.GUILD_TEXT, List.of(member(OWNER.value(), NONE, Permissions.all())));
    assertThat(inText.contains(VIEW_CHANNEL.with(SEND_MESSAGES, MANAGE_THREADS, BAN_MEMBERS)))
        .isTrue();
  }

  @Test
  void administratorSkipsEveryOverwrite() {
    PermissionCalculator admin = member(NONE).role(ROLE_A, ADMINISTRATOR).build();
    assertThat(admin.root()).isEqualTo(Permissions.all());
    Permissions inText =
        admin.inChannel(
            ChannelType.GUILD_TEXT,
            List.of(
                role(GUILD.value(), NONE, VIEW_CHANNEL),
                role(ROLE_A.value(), NONE, SEND_MESSAGES),
                member(USER.value(), NONE, VIEW_CHANNEL)));
    assertThat(inText.contains(VIEW_CHANNEL.with(SEND_MESSAGES))).isTrue();
  }

  private static boolean inText(
      PermissionCalculator calculator, Permissions wanted, PermissionOverwrite... overwrites) {
    return calculator.inChannel(ChannelType.GUILD_TEXT, List.of(overwrites)).contains(wanted);
  }

  @Test
  void overwritesApplyInDiscordsOrder() {
    PermissionCalculator calculator =
        member(CHATTING).role(ROLE_A, NONE).role(ROLE_B, NONE).build();
    // @everyone denies, a role of the member allows again.
    assertThat(
            inText(
                calculator,
                SEND_MESSAGES,
                role(GUILD.value(), NONE, SEND_MESSAGES),
                role(ROLE_A.value(), SEND_MESSAGES, NONE)))
        .isTrue();
    // One role denies, another allows: the allow wins whatever the roles' positions.
    assertThat(
            inText(
                calculator,
                VIEW_CHANNEL,
                role(ROLE_A.value(), NONE, VIEW_CHANNEL),
                role(ROLE_B.value(), VIEW_CHANNEL, NONE)))
        .isTrue();
    // @everyone allows, a role denies: denied.
    assertThat(
            inText(
                member(NONE).role(ROLE_A, NONE).build(),
                SEND_MESSAGES,
                role(GUILD.value(), CHATTING, NONE),
                role(ROLE_A.value(), NONE, SEND_MESSAGES)))
        .isFalse();
    // The member's own overwrite comes last, both ways.
    assertThat(
            inText(
                calculator,
                SEND_MESSAGES,
                role(ROLE_A.value(), SEND_MESSAGES, NONE),
                member(USER.value(), NONE, SEND_MESSAGES)))
        .isFalse();
    assertThat(
            inText(
                calculator,
                SEND_MESSAGES,
                role(ROLE_A.value(), NONE, SEND_MESSAGES),
                member(USER.value(), SEND_MESSAGES, NONE)))
        .isTrue();
  }

  @Test
  void overwritesOfOtherRolesAndMembersDoNotApply() {
    PermissionCalculator calculator = member(CHATTING).role(ROLE_A, NONE).build();
    Permissions inText =
        calculator.inChannel(
            ChannelType.GUILD_TEXT,
            List.of(
                role(OTHER_ROLE.value(), NONE, SEND_MESSAGES),
                member(OWNER.value(), NONE, VIEW_CHANNEL),
                // A member overwrite with the id of one of the member's roles is not theirs.
                member(ROLE_A.value(), NONE, VIEW_CHANNEL)));
    assertThat(inText).isEqualTo(CHATTING);
  }

  @Test
  void withoutViewChannelNothingOfTheChannelIsLeft() {
    PermissionCalculator calculator = member(CHATTING.with(KICK_MEMBERS)).build();
    Permissions inText =
        calculator.inChannel(
            ChannelType.GUILD_TEXT, List.of(role(GUILD.value(), NONE, VIEW_CHANNEL)));
    assertThat(inText).isEqualTo(KICK_MEMBERS);
  }

  @Test
  void withoutSendMessagesTheMessageExtrasGo() {
    Permissions extras = MENTION_EVERYONE.with(SEND_TTS_MESSAGES, ATTACH_FILES, EMBED_LINKS);
    PermissionCalculator calculator = member(CHATTING.with(extras)).build();
    Permissions inText =
        calculator.inChannel(
            ChannelType.GUILD_TEXT, List.of(role(GUILD.value(), NONE, SEND_MESSAGES)));
    assertThat(inText.intersects(extras)).isFalse();
    assertThat(inText.contains(VIEW_CHANNEL.with(ADD_REACTIONS, READ_MESSAGE_HISTORY))).isTrue();
  }

  @Test
  void withoutConnectAVoiceChannelCannotBeActedOn() {
    PermissionCalculator calculator =
        member(CHATTING.with(CONNECT, SPEAK, MANAGE_CHANNELS, KICK_MEMBERS)).build();
    Permissions inVoice =
        calculator.inChannel(ChannelType.GUILD_VOICE, List.of(role(GUILD.value(), NONE, CONNECT)));
    assertThat(inVoice.intersects(CONNECT.with(SPEAK, MANAGE_CHANNELS))).isFalse();
    // The text chat of the voice channel stays.
    assertThat(inVoice.contains(VIEW_CHANNEL.with(SEND_MESSAGES, KICK_MEMBERS))).isTrue();
    assertThat(
            calculator
                .inChannel(ChannelType.GUILD_VOICE, List.of())
                .contains(SPEAK.with(MANAGE_CHANNELS)))
        .isTrue();
  }

  @Test
  void permissionsOfOtherChannelTypesAreDropped() {
    Permissions everything =
        CHATTING.with(CONNECT, SPEAK, MANAGE_THREADS, SEND_MESSAGES_IN_THREADS, BAN_MEMBERS);
    PermissionCalculator calculator = member(everything).build();
    Permissions inText = calculator.inChannel(ChannelType.GUILD_TEXT, List.of());
    assertThat(inText.intersects(CONNECT.with(SPEAK))).isFalse();
    assertThat(inText.contains(MANAGE_THREADS.with(BAN_MEMBERS))).isTrue();
    Permissions inVoice = calculator.inChannel(ChannelType.GUILD_VOICE, List.of());
    assertThat(inVoice.intersects(MANAGE_THREADS.with(SEND_MESSAGES_IN_THREADS))).isFalse();
    assertThat(inVoice.contains(CONNECT.with(SPEAK, BAN_MEMBERS))).isTrue();
    Permissions inStage = calculator.inChannel(ChannelType.GUILD_STAGE_VOICE, List.of());
    assertThat(inStage.contains(SPEAK)).isFalse();
    assertThat(inStage.contains(CONNECT)).isTrue();
    assertThat(calculator.inChannel(ChannelType.GUILD_CATEGORY, List.of())).isEqualTo(everything);
    assertThat(calculator.inChannel(ChannelType.of(99), List.of())).isEqualTo(everything);
  }

  @Test
  void threadsInheritTheParentButNotSendMessages() {
    PermissionCalculator calculator = member(CHATTING).build();
    // Allowed in the channel, but not in its threads.
    Permissions thread = calculator.inThread(ChannelType.GUILD_TEXT, List.of());
    assertThat(thread.contains(VIEW_CHANNEL.with(READ_MESSAGE_HISTORY))).isTrue();
    assertThat(thread.intersects(SEND_MESSAGES.with(EMBED_LINKS))).isFalse();
    // An announcement channel where only threads are open to the member.
    List<PermissionOverwrite> announcements =
        List.of(role(GUILD.value(), SEND_MESSAGES_IN_THREADS, SEND_MESSAGES));
    assertThat(
            calculator
                .inChannel(ChannelType.GUILD_ANNOUNCEMENT, announcements)
                .contains(SEND_MESSAGES))
        .isFalse();
    assertThat(
            calculator
                .inThread(ChannelType.GUILD_ANNOUNCEMENT, announcements)
                .contains(SEND_MESSAGES.with(SEND_MESSAGES_IN_THREADS, EMBED_LINKS)))
        .isTrue();
    // No thread of a channel the member cannot view.
    assertThat(
            calculator
                .inThread(
                    ChannelType.GUILD_FORUM,
                    List.of(role(GUILD.value(), SEND_MESSAGES_IN_THREADS, VIEW_CHANNEL)))
                .isEmpty())
        .isTrue();
  }

  @Test
  void aTimeoutLeavesViewingAndHistory() {
    Instant now = Instant.parse("2026-11-27T12:00:00Z");
    PermissionCalculator timedOut =
        member(CHATTING.with(KICK_MEMBERS))
            .communicationDisabledUntil(now.plusSeconds(60), now)
            .build();
    assertThat(timedOut.root()).isEqualTo(VIEW_CHANNEL.with(READ_MESSAGE_HISTORY));
    assertThat(timedOut.inChannel(ChannelType.GUILD_TEXT, List.of()))
        .isEqualTo(VIEW_CHANNEL.with(READ_MESSAGE_HISTORY));
    assertThat(
            timedOut.inChannel(
                ChannelType.GUILD_TEXT, List.of(role(GUILD.value(), NONE, VIEW_CHANNEL))))
        .isEqualTo(NONE);
    // A timeout that has ended, and none at all.
    assertThat(member(CHATTING).communicationDisabledUntil(now.minusSeconds(1), now).build().root())
        .isEqualTo(CHATTING);
    assertThat(member(CHATTING).communicationDisabledUntil(null, now).build().root())
        .isEqualTo(CHATTING);
  }

  @Test
  void ownersAndAdministratorsAreNeverTimedOut() {
    PermissionCalculator owner =
        PermissionCalculator.builder(GUILD, OWNER, NONE).owner(OWNER).timedOut(true).build();
    assertThat(owner.root()).isEqualTo(Permissions.all());
    PermissionCalculator admin = member(NONE).role(ROLE_A, ADMINISTRATOR).timedOut(true).build();
    assertThat(admin.inChannel(ChannelType.GUILD_TEXT, List.of()).contains(SEND_MESSAGES)).isTrue();
  }

  @Test
  void rolesCanBeGivenAsAMap() {
    PermissionCalculator calculator =
        member(NONE).roles(Map.of(ROLE_A, KICK_MEMBERS, ROLE_B, BAN_MEMBERS)).build();
    assertThat(calculator.root()).isEqualTo(KICK_MEMBERS.with(BAN_MEMBERS));
  }

  @Test
  void refusesWhatItCannotAnswer() {
    PermissionCalculator calculator = member(CHATTING).build();
    assertThatThrownBy(() -> calculator.inChannel(ChannelType.PUBLIC_THREAD, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("inThread");
    assertThatThrownBy(() -> calculator.inThread(ChannelType.PRIVATE_THREAD, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calculator.inChannel(ChannelType.DM, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("guild channels");
    assertThatThrownBy(() -> member(NONE).role(Id.of(GUILD.value()), KICK_MEMBERS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("@everyone");
  }
}
