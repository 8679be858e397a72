package dev.gloam.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.model.application.command.ApplicationCommand;
import dev.gloam.model.channel.Channel;
import dev.gloam.model.guild.Member;
import dev.gloam.model.guild.Role;
import dev.gloam.model.guild.emoji.Emoji;
import dev.gloam.model.id.Id;
import dev.gloam.model.json.ModelJson;
import dev.gloam.model.user.User;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Formatting: every helper writes the markup of Discord's "Message Formatting" table. */
class MentionsTest {
  private static final String USER_JSON =
      """
      {"id":"80351110224678912","username":"nelly","discriminator":"0","global_name":null,
       "avatar":null}\
      """;

  @Test
  void usersChannelsAndRolesFromIds() {
    assertThat(Mentions.user(Id.of(80351110224678912L))).hasToString("<@80351110224678912>");
    assertThat(Mentions.nickname(Id.of(80351110224678912L)).format())
        .isEqualTo("<@!80351110224678912>");
    assertThat(Mentions.channel(Id.of(103735883630395392L)).format())
        .isEqualTo("<#103735883630395392>");
    assertThat(Mentions.role(Id.of(165511591545143296L)).format())
        .isEqualTo("<@&165511591545143296>");
  }

  @Test
  void idsAboveTheSignedRangeAreWrittenUnsigned() {
    assertThat(Mentions.user(Id.of(-1L)).format()).isEqualTo("<@18446744073709551615>");
  }

  @Test
  void concatenationUsesTheMarkup() {
    assertThat("hi " + Mentions.user(Id.of(1L)) + " in " + Mentions.channel(Id.of(2L)))
        .isEqualTo("hi <@1> in <#2>");
  }

  @Test
  void modelObjects() {
    User user = ModelJson.read(USER_JSON, User.class);
    assertThat(Mentions.user(user).format()).isEqualTo("<@80351110224678912>");

    Member member =
        ModelJson.read(
            "{\"user\":"
                + USER_JSON
                + ",\"roles\":[],\"joined_at\":null,\"deaf\":false,"
                + "\"mute\":false,\"flags\":0}",
            Member.class);
    assertThat(Mentions.member(member).format()).isEqualTo("<@80351110224678912>");

    Channel channel = ModelJson.read("{\"id\":\"103735883630395392\",\"type\":0}", Channel.class);
    assertThat(Mentions.channel(channel).format()).isEqualTo("<#103735883630395392>");

    Role role =
        ModelJson.read(
            """
            {"id":"165511591545143296","name":"mods","color":0,"colors":{"primary_color":0},
             "hoist":false,"position":1,"permissions":"0","managed":false,"mentionable":true,
             "flags":0}\
            """,
            Role.class);
    assertThat(Mentions.role(role).format()).isEqualTo("<@&165511591545143296>");
  }

  @Test
  void aMemberWithoutItsUserCannotBeMentioned() {
    Member member =
        ModelJson.read(
            "{\"roles\":[],\"joined_at\":null,\"deaf\":false,\"mute\":false,\"flags\":0}",
            Member.class);
    assertThatThrownBy(() -> Mentions.member(member))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no user");
  }

  @Test
  void customEmojis() {
    assertThat(Mentions.emoji("mmLol", Id.of(216154654256398347L)).format())
        .isEqualTo("<:mmLol:216154654256398347>");
    assertThat(Mentions.animatedEmoji("b1nzy", Id.of(392938283556143104L)).format())
        .isEqualTo("<a:b1nzy:392938283556143104>");
    Emoji animated =
        ModelJson.read(
            "{\"id\":\"392938283556143104\",\"name\":\"b1nzy\",\"animated\":true}", Emoji.class);
    assertThat(Mentions.emoji(animated).format()).isEqualTo("<a:b1nzy:392938283556143104>");
    Emoji still = ModelJson.read("{\"id\":\"1\",\"name\":\"LUL\"}", Emoji.class);
    assertThat(Mentions.emoji(still).format()).isEqualTo("<:LUL:1>");
  }

  @Test
  void unicodeAndNamelessEmojisHaveNoMarkup() {
    Emoji unicode = ModelJson.read("{\"id\":null,\"name\":\"🔥\"}", Emoji.class);
    assertThatThrownBy(() -> Mentions.emoji(unicode))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unicode emoji");
    Emoji deleted = ModelJson.read("{\"id\":\"5\",\"name\":null}", Emoji.class);
    assertThatThrownBy(() -> Mentions.emoji(deleted))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no name");
  }

  @Test
  void emojiNamesAreChecked() {
    Id<dev.gloam.model.id.marker.EmojiMarker> id = Id.of(1L);
    assertThatThrownBy(() -> Mentions.emoji("", id)).hasMessageContaining("empty");
    assertThatThrownBy(() -> Mentions.emoji("a:b", id)).hasMessageContaining("not ':'");
    assertThatThrownBy(() -> Mentions.emoji("with space", id)).hasMessageContaining("not ' '");
    assertThatThrownBy(() -> Mentions.emoji("x".repeat(33), id))
        .hasMessageContaining("more than 32");
    assertThat(Mentions.emoji("x".repeat(32), id).name()).hasSize(32);
    assertThatThrownBy(() -> Mentions.emoji(null, id)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void slashCommandsWithSubcommandsAndGroups() {
    assertThat(Mentions.command("airhorn", Id.of(816437322781949972L)).format())
        .isEqualTo("</airhorn:816437322781949972>");
    assertThat(Mentions.command("foo", "bar", Id.of(123456789012345678L)).format())
        .isEqualTo("</foo bar:123456789012345678>");
    CommandMention grouped = Mentions.command("foo", "group", "bar", Id.of(123456789012345678L));
    assertThat(grouped.format()).isEqualTo("</foo group bar:123456789012345678>");
    assertThat(grouped.qualifiedName()).isEqualTo("foo group bar");
  }

  @Test
  void commandNamesFollowDiscordsRule() {
    Id<dev.gloam.model.id.marker.CommandMarker> id = Id.of(1L);
    assertThat(Mentions.command("ping-pong_it's", id).name()).isEqualTo("ping-pong_it's");
    assertThat(Mentions.command("привет", id).format()).isEqualTo("</привет:1>");
    assertThat(Mentions.command("नमस्ते", id).format()).isEqualTo("</नमस्ते:1>");
    assertThat(Mentions.command("日本", id).format()).isEqualTo("</日本:1>");
    assertThatThrownBy(() -> Mentions.command("", id)).hasMessageContaining("empty");
    assertThatThrownBy(() -> Mentions.command("Ping", id)).hasMessageContaining("lower case");
    assertThatThrownBy(() -> Mentions.command("two words", id)).hasMessageContaining("no spaces");
    assertThatThrownBy(() -> Mentions.command("a".repeat(33), id)).hasMessageContaining("1 to 32");
    assertThatThrownBy(() -> Mentions.command("foo", "Bar", id))
        .hasMessageStartingWith("subcommand:");
    assertThatThrownBy(() -> Mentions.command("foo", "g:", "bar", id))
        .hasMessageStartingWith("subcommandGroup:");
    assertThatThrownBy(() -> new CommandMention("foo", Optional.of("group"), Optional.empty(), id))
        .hasMessageContaining("subcommand group");
  }

  @Test
  void commandsFromTheModel() {
    ApplicationCommand slash = command(1);
    assertThat(Mentions.command(slash).format()).isEqualTo("</blep:21>");
    assertThat(Mentions.command(slash, "sub").format()).isEqualTo("</blep sub:21>");
    assertThat(Mentions.command(slash, "grp", "sub").format()).isEqualTo("</blep grp sub:21>");
    assertThatThrownBy(() -> Mentions.command(command(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("USER");
  }

  @Test
  void timestampsInEveryStyle() {
    Instant instant = Instant.ofEpochSecond(1618953630L, 999_000_000);
    assertThat(Mentions.timestamp(instant).format()).isEqualTo("<t:1618953630>");
    assertThat(TimestampStyle.values())
        .extracting(style -> Mentions.timestamp(instant, style).format())
        .containsExactly(
            "<t:1618953630:t>",
            "<t:1618953630:T>",
            "<t:1618953630:d>",
            "<t:1618953630:D>",
            "<t:1618953630:f>",
            "<t:1618953630:F>",
            "<t:1618953630:s>",
            "<t:1618953630:S>",
            "<t:1618953630:R>");
    assertThat(Mentions.timestamp(Instant.parse("1969-12-31T23:59:59.5Z")).format())
        .isEqualTo("<t:-1>");
  }

  @Test
  void timestampDetails() {
    TimestampMention plain = Mentions.timestamp(Instant.ofEpochSecond(1618953630L));
    assertThat(plain.instant()).isEqualTo(Instant.parse("2021-04-20T21:20:30Z"));
    assertThat(plain.style()).isEmpty();
    assertThat(plain.effectiveStyle()).isEqualTo(TimestampStyle.LONG_DATE_SHORT_TIME);
    assertThat(TimestampStyle.fromLetter('R')).contains(TimestampStyle.RELATIVE);
    assertThat(TimestampStyle.fromLetter('r')).isEmpty();
    assertThatThrownBy(() -> new TimestampMention(Long.MAX_VALUE, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Instant");
    assertThat(Mentions.timestamp(Instant.MAX).instant())
        .isEqualTo(Instant.MAX.minusNanos(999_999_999));
  }

  @Test
  void guildNavigation() {
    assertThat(GuildNavigationType.values())
        .extracting(type -> Mentions.guildNavigation(type).format())
        .containsExactly("<id:customize>", "<id:browse>", "<id:guide>", "<id:linked-roles>");
    assertThat(Mentions.linkedRole(Id.of(42L)).format()).isEqualTo("<id:linked-roles:42>");
    assertThatThrownBy(
            () -> new GuildNavigationMention(GuildNavigationType.BROWSE, Optional.of(Id.of(42L))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only linked-roles");
  }

  @Test
  void everyoneAndHere() {
    assertThat(Mentions.everyone()).hasToString("@everyone");
    assertThat(Mentions.here().format()).isEqualTo("@here");
  }

  @Test
  void nullsAreRefused() {
    assertThatThrownBy(() -> Mentions.user((Id<dev.gloam.model.id.marker.UserMarker>) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Mentions.timestamp(Instant.EPOCH, null))
        .isInstanceOf(NullPointerException.class);
  }

  private static ApplicationCommand command(int type) {
    return ModelJson.read(
        """
        {"id":"21","type":%d,"application_id":"7","name":"blep","description":"Send a blep",
         "default_member_permissions":null,"version":"3"}\
        """
            .formatted(type),
        ApplicationCommand.class);
  }
}
