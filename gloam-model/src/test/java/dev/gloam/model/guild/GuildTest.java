package dev.gloam.model.guild;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.gateway.event.EventTypeFlags;
import dev.gloam.model.gateway.event.GuildCreate;
import dev.gloam.model.gateway.presence.Presence;
import dev.gloam.model.gateway.presence.Status;
import dev.gloam.model.guild.emoji.Emoji;
import dev.gloam.model.guild.sticker.StickerFormatType;
import dev.gloam.model.guild.sticker.StickerType;
import dev.gloam.model.id.Id;
import dev.gloam.model.json.GatewayEventParser;
import dev.gloam.model.json.ModelJson;
import dev.gloam.model.locale.DiscordLocale;
import dev.gloam.model.user.NameplatePalette;
import dev.gloam.model.voice.VoiceState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GuildTest {
  /** Other families' channel objects (tested there), and a field from the future. */
  private static final Set<String> NOT_WRITTEN_BACK =
      Set.of("channels", "threads", "some_field_from_the_future");

  @Test
  void readsEveryFieldOfAGuildCreateGuild() {
    String json = Payloads.text("guild_create_full.json");
    Guild guild = Payloads.roundTrip(json, Guild.class);

    assertThat(guild.id()).isEqualTo(Id.parse("18446744073709551615"));
    assertThat(Long.toUnsignedString(guild.id().value())).isEqualTo("18446744073709551615");
    assertThat(guild.name()).isEqualTo("gloam full guild");
    assertThat(guild.icon().orElseThrow().isAnimated()).isTrue();
    assertThat(guild.iconHash().orElseThrow()).hasToString("1269e74af4df7417b13759eae50c83dc");
    assertThat(guild.splash()).isPresent();
    assertThat(guild.discoverySplash()).isPresent();
    assertThat(guild.owner()).contains(true);
    assertThat(guild.ownerId()).isEqualTo(Id.parse("18446744073709551614"));
    assertThat(guild.permissions().orElseThrow().contains(Permissions.ADMINISTRATOR)).isTrue();
    assertThat(guild.region()).contains("us-west");
    assertThat(guild.afkChannelId()).contains(Id.of(1101245000000000010L));
    assertThat(guild.afkTimeout()).isEqualTo(900);
    assertThat(guild.widgetEnabled()).contains(true);
    assertThat(guild.widgetChannelId()).contains(Id.of(1101245000000000011L));
    assertThat(guild.verificationLevel()).isEqualTo(VerificationLevel.HIGH);
    assertThat(guild.defaultMessageNotifications())
        .isEqualTo(DefaultMessageNotificationLevel.ONLY_MENTIONS);
    assertThat(guild.explicitContentFilter()).isEqualTo(ExplicitContentFilterLevel.ALL_MEMBERS);
    assertThat(guild.roles()).hasSize(2);
    assertThat(guild.emojis())
        .singleElement()
        .satisfies(
            emoji -> {
              assertThat(emoji.name()).contains("LUL");
              assertThat(emoji.roles().orElseThrow()).containsExactly(Id.of(1101245000000000100L));
              assertThat(emoji.user().orElseThrow().username()).isEqualTo("luigi");
            });
    assertThat(guild.features())
        .containsExactly(
            GuildFeature.COMMUNITY,
            GuildFeature.NEWS,
            GuildFeature.ENHANCED_ROLE_COLORS,
            GuildFeature.of("SOME_FUTURE_FEATURE"));
    assertThat(guild.features().get(3).isKnown()).isFalse();
    assertThat(guild.mfaLevel()).isEqualTo(MfaLevel.ELEVATED);
    assertThat(guild.applicationId()).contains(Id.of(1101245123456789012L));
    assertThat(guild.systemChannelId()).contains(Id.of(1101245000000000002L));
    assertThat(guild.systemChannelFlags())
        .isEqualTo(
            SystemChannelFlags.SUPPRESS_JOIN_NOTIFICATIONS.with(
                SystemChannelFlags.SUPPRESS_PREMIUM_SUBSCRIPTIONS,
                SystemChannelFlags.SUPPRESS_JOIN_NOTIFICATION_REPLIES,
                SystemChannelFlags.of(1L << 12)));
    assertThat(guild.rulesChannelId()).contains(Id.of(1101245000000000012L));
    assertThat(guild.maxPresences()).contains(40000);
    assertThat(guild.maxMembers()).contains(500000);
    assertThat(guild.vanityUrlCode()).contains("gloam");
    assertThat(guild.description()).contains("Where gloam is tested");
    assertThat(guild.banner().orElseThrow().isAnimated()).isTrue();
    assertThat(guild.premiumTier()).isEqualTo(PremiumTier.TIER_3);
    assertThat(guild.premiumSubscriptionCount()).contains(33);
    assertThat(guild.preferredLocale()).isEqualTo(DiscordLocale.FRENCH);
    assertThat(guild.publicUpdatesChannelId()).contains(Id.of(1101245000000000013L));
    assertThat(guild.maxVideoChannelUsers()).contains(25);
    assertThat(guild.maxStageVideoChannelUsers()).contains(300);
    assertThat(guild.approximateMemberCount()).contains(1200);
    assertThat(guild.approximatePresenceCount()).contains(340);
    WelcomeScreen welcome = guild.welcomeScreen().orElseThrow();
    assertThat(welcome.description()).contains("Welcome to gloam");
    assertThat(welcome.welcomeChannels().get(0).emojiId()).isEmpty();
    assertThat(welcome.welcomeChannels().get(0).emojiName()).contains("\uD83D\uDC4B");
    assertThat(welcome.welcomeChannels().get(1).emojiId()).contains(Id.of(41771983429993937L));
    assertThat(guild.nsfwLevel().value()).isEqualTo(9);
    assertThat(guild.nsfwLevel().isKnown()).isFalse();
    assertThat(guild.stickers().orElseThrow())
        .singleElement()
        .satisfies(
            sticker -> {
              assertThat(sticker.type()).isEqualTo(StickerType.GUILD);
              assertThat(sticker.formatType()).isEqualTo(StickerFormatType.PNG);
              assertThat(sticker.description()).isEmpty();
              assertThat(sticker.guildId()).contains(guild.id());
            });
    assertThat(guild.premiumProgressBarEnabled()).isTrue();
    assertThat(guild.safetyAlertsChannelId()).contains(Id.of(1101245000000000013L));
    GuildIncidentsData incidents = guild.incidentsData().orElseThrow();
    assertThat(incidents.invitesDisabledUntil())
        .contains(Instant.parse("2026-09-01T14:48:02.222Z"));
    assertThat(incidents.dmsDisabledUntil()).isEmpty();
    assertThat(incidents.dmSpamDetectedAt()).contains(Instant.parse("2026-08-31T10:00:00Z"));
    assertThat(incidents.raidDetectedAt()).contains(Instant.parse("2026-08-31T09:59:00Z"));
    assertThat(guild.joinedAt()).contains(Instant.parse("2026-11-26T21:09:29.123Z"));
    assertThat(guild.large()).contains(true);
    assertThat(guild.unavailable()).contains(false);
    assertThat(guild.memberCount()).contains(1200);
    assertThat(guild.members().orElseThrow()).hasSize(1);
    Member owner = guild.members().orElseThrow().getFirst();
    assertThat(owner.avatarDecorationData().orElseThrow().skuId())
        .isEqualTo(Id.of(1144058844004233369L));
    assertThat(owner.collectibles().orElseThrow().nameplate().orElseThrow().palette())
        .isEqualTo(NameplatePalette.COBALT);
    VoiceState voice = guild.voiceStates().orElseThrow().getFirst();
    assertThat(voice.guildId()).isEmpty();
    assertThat(voice.userId()).isEqualTo(Id.parse("18446744073709551614"));
    assertThat(voice.selfMute()).isTrue();
    Presence presence = guild.presences().orElseThrow().getFirst();
    assertThat(presence.guildId()).isEmpty();
    assertThat(presence.status()).isEqualTo(Status.DO_NOT_DISTURB);
    assertThat(presence.clientStatus().mobile()).contains(Status.IDLE);
    assertThat(guild.stageInstances().orElseThrow().getFirst().topic()).isEqualTo("Town hall");
    assertThat(guild.guildScheduledEvents().orElseThrow().getFirst().name())
        .isEqualTo("Launch party");
    assertThat(guild.soundboardSounds().orElseThrow().getFirst().volume()).isEqualTo(0.5);
    assertThat(guild.channels().orElseThrow().getFirst().type()).isEqualTo(ChannelType.GUILD_TEXT);
    assertThat(guild.threads().orElseThrow().getFirst().type())
        .isEqualTo(ChannelType.PUBLIC_THREAD);

    Payloads.assertWrittenAsRead(json, guild, NOT_WRITTEN_BACK);
  }

  @Test
  void guildCreateDispatchCarriesTheFullGuild() {
    String json =
        "{\"op\":0,\"s\":2,\"t\":\"GUILD_CREATE\",\"d\":"
            + Payloads.text("guild_create_full.json")
            + "}";
    var create = GatewayEventParser.parse(json, EventTypeFlags.all()).orElseThrow();
    assertThat(create)
        .isInstanceOfSatisfying(
            GuildCreate.Available.class,
            available ->
                assertThat(available.guild())
                    .isEqualTo(
                        ModelJson.read(Payloads.text("guild_create_full.json"), Guild.class)));
  }

  @Test
  void readsARestGuildWithCounts() {
    String json = Payloads.text("guild_with_counts.json");
    Guild guild = Payloads.roundTrip(json, Guild.class);

    assertThat(guild.approximateMemberCount()).contains(60814);
    assertThat(guild.approximatePresenceCount()).contains(20034);
    assertThat(guild.features()).contains(GuildFeature.VERIFIED, GuildFeature.of("MORE_EMOJI"));
    assertThat(guild.features().get(5).isKnown()).isFalse();
    // Fields the REST guild does not carry stay absent.
    assertThat(guild.joinedAt()).isEmpty();
    assertThat(guild.members()).isEmpty();
    assertThat(guild.owner()).isEmpty();
    assertThat(guild.permissions()).isEmpty();
    assertThat(guild.iconHash()).isEmpty();
    assertThat(guild.maxPresences()).isEmpty();
    assertThat(guild.welcomeScreen()).isEmpty();
    assertThat(guild.region()).isEmpty();
    // Nullable fields that are null.
    assertThat(guild.splash()).isEmpty();
    assertThat(guild.applicationId()).isEmpty();
    assertThat(guild.incidentsData()).isEmpty();
    assertThat(guild.safetyAlertsChannelId()).isEmpty();
    assertThat(guild.systemChannelFlags()).isEqualTo(SystemChannelFlags.NONE);
    assertThat(guild.nsfwLevel()).isEqualTo(NsfwLevel.DEFAULT);

    Payloads.assertWrittenAsRead(json, guild);
    JsonNode written = Payloads.tree(ModelJson.write(guild));
    assertThat(written.has("joined_at")).isFalse();
    assertThat(written.get("incidents_data").isNull()).isTrue();
  }

  @Test
  void rolesKeepTheirTagsExactly() {
    String json = Payloads.text("roles.json");
    Role[] roles = Payloads.roundTrip(json, Role[].class);
    Payloads.assertWrittenAsRead(json, roles);

    RoleTags bot = roles[0].tags().orElseThrow();
    assertThat(bot.botId()).contains(Id.parse("18446744073709551615"));
    assertThat(bot.integrationId()).contains(Id.of(1101245000000000300L));
    assertThat(bot.premiumSubscriber()).isFalse();
    assertThat(bot.availableForPurchase()).isFalse();
    assertThat(bot.guildConnections()).isFalse();
    assertThat(roles[0].managed()).isTrue();

    RoleTags booster = roles[1].tags().orElseThrow();
    assertThat(booster)
        .isEqualTo(
            new RoleTags(Optional.empty(), Optional.empty(), true, Optional.empty(), false, false));

    RoleTags subscription = roles[2].tags().orElseThrow();
    assertThat(subscription.integrationId()).contains(Id.of(1101245000000000301L));
    assertThat(subscription.subscriptionListingId()).contains(Id.of(1101245000000000302L));
    assertThat(subscription.availableForPurchase()).isTrue();
    assertThat(subscription.premiumSubscriber()).isFalse();

    assertThat(roles[3].tags().orElseThrow().guildConnections()).isTrue();
    assertThat(roles[4].tags()).isEmpty();
    assertThat(roles[4].flags()).isEqualTo(RoleFlags.IN_PROMPT.with(RoleFlags.of(1L << 7)));
    assertThat(roles[4].colors())
        .isEqualTo(new RoleColors(3447003, Optional.of(16759788), Optional.empty()));
    assertThat(roles[4].icon()).isEmpty();
    assertThat(roles[4].unicodeEmoji()).isEmpty();
    assertThat(roles[4].permissions()).isEqualTo(Permissions.of(66321471));

    JsonNode written = Payloads.tree(ModelJson.write(roles));
    assertThat(written.get(1).get("tags").has("premium_subscriber")).isTrue();
    assertThat(written.get(1).get("tags").get("premium_subscriber").isNull()).isTrue();
    assertThat(written.get(0).get("tags").has("premium_subscriber")).isFalse();
    assertThat(written.get(4).has("tags")).isFalse();
    assertThat(written.get(4).has("icon")).isFalse();
  }

  @Test
  void roleIconAndEmojiMayBeNullOrAbsent() {
    String json =
        "{\"id\":\"2\",\"name\":\"r\",\"color\":0,\"colors\":{\"primary_color\":0,"
            + "\"secondary_color\":null,\"tertiary_color\":null},\"hoist\":false,"
            + "\"icon\":null,\"unicode_emoji\":null,\"position\":0,\"permissions\":\"0\","
            + "\"managed\":false,\"mentionable\":false,\"flags\":0}";
    Role role = Payloads.roundTrip(json, Role.class);
    assertThat(role.icon()).isEmpty();
    assertThat(role.unicodeEmoji()).isEmpty();
    assertThat(role.tags()).isEmpty();
    assertThat(role.colors()).isEqualTo(RoleColors.none());
    assertThat(role.flags()).isEqualTo(RoleFlags.NONE);
    // A "?:?" field is omitted when empty, as the model conventions say.
    JsonNode written = Payloads.tree(ModelJson.write(role));
    assertThat(written.has("icon")).isFalse();
    assertThat(written.get("colors").get("secondary_color").isNull()).isTrue();
  }

  @Test
  void readsATimedOutMemberWithFlags() {
    String json = Payloads.text("member_timed_out.json");
    Member member = Payloads.roundTrip(json, Member.class);
    Payloads.assertWrittenAsRead(json, member);

    assertThat(member.user().orElseThrow().id()).isEqualTo(Id.parse("18446744073709551615"));
    assertThat(member.nick()).contains("NOT API SUPPORT");
    assertThat(member.avatar()).isPresent();
    assertThat(member.banner().orElseThrow().isAnimated()).isTrue();
    assertThat(member.roles()).containsExactly(Id.of(41771983423143936L));
    assertThat(member.joinedAt()).contains(Instant.parse("2015-04-26T06:26:56.936Z"));
    assertThat(member.premiumSince()).contains(Instant.parse("2019-04-26T06:26:56.936Z"));
    assertThat(member.deaf()).isTrue();
    assertThat(member.mute()).isFalse();
    assertThat(member.flags().contains(GuildMemberFlags.BYPASSES_VERIFICATION)).isTrue();
    assertThat(member.flags().contains(GuildMemberFlags.AUTOMOD_QUARANTINED_GUILD_TAG)).isTrue();
    assertThat(member.flags().contains(GuildMemberFlags.DM_SETTINGS_UPSELL_ACKNOWLEDGED)).isTrue();
    assertThat(member.flags().bits() & (1L << 20)).isNotZero();
    assertThat(member.pending()).contains(false);
    assertThat(member.permissions().orElseThrow().contains(Permissions.MODERATE_MEMBERS)).isTrue();
    assertThat(member.communicationDisabledUntil())
        .contains(Instant.parse("2030-05-06T07:08:09.100Z"));
    assertThat(member.isTimedOut(Instant.parse("2030-05-06T07:08:09Z"))).isTrue();
    assertThat(member.isTimedOut(Instant.parse("2030-05-06T07:08:10Z"))).isFalse();
  }

  @Test
  void readsAGuestMemberWithoutOptionalFields() {
    String json =
        "{\"roles\":[],\"joined_at\":null,\"deaf\":false,\"mute\":false,\"flags\":16,"
            + "\"nick\":null,\"communication_disabled_until\":null,\"new_field\":true}";
    Member member = Payloads.roundTrip(json, Member.class);
    assertThat(member.user()).isEmpty();
    assertThat(member.joinedAt()).isEmpty();
    assertThat(member.nick()).isEmpty();
    assertThat(member.communicationDisabledUntil()).isEmpty();
    assertThat(member.isTimedOut(Instant.now())).isFalse();
    assertThat(member.flags()).isEqualTo(GuildMemberFlags.IS_GUEST);
    JsonNode written = Payloads.tree(ModelJson.write(member));
    assertThat(written.get("joined_at").isNull()).isTrue();
    assertThat(written.has("user")).isFalse();
    assertThat(written.has("pending")).isFalse();
    assertThat(written.get("flags").asInt()).isEqualTo(16);
  }

  @Test
  void readsBansPruneAndVanity() {
    String ban =
        "{\"reason\":\"mentioning b1nzy\",\"user\":{\"username\":\"Mason\","
            + "\"discriminator\":\"9999\",\"id\":\"53908099506183680\","
            + "\"global_name\":null,\"avatar\":\"a_bab14f271d565501444b2ca3be944b25\","
            + "\"public_flags\":131141}}";
    Ban read = Payloads.roundTrip(ban, Ban.class);
    Payloads.assertWrittenAsRead(ban, read);
    assertThat(read.reason()).contains("mentioning b1nzy");
    assertThat(read.user().id()).isEqualTo(Id.of(53908099506183680L));
    assertThat(
            Payloads.roundTrip("{\"reason\":null,\"user\":" + userJson() + "}", Ban.class).reason())
        .isEmpty();

    String bulk =
        "{\"banned_users\":[\"18446744073709551615\",\"53908099506183680\"],"
            + "\"failed_users\":[\"1101245000000000001\"]}";
    BulkBanResult result = Payloads.roundTrip(bulk, BulkBanResult.class);
    Payloads.assertWrittenAsRead(bulk, result);
    assertThat(result.bannedUsers()).hasSize(2).contains(Id.parse("18446744073709551615"));
    assertThat(result.failedUsers()).containsExactly(Id.of(1101245000000000001L));

    assertThat(Payloads.roundTrip("{\"pruned\":12}", PruneResult.class).pruned()).contains(12);
    PruneResult notCounted = Payloads.roundTrip("{\"pruned\":null}", PruneResult.class);
    assertThat(notCounted.pruned()).isEmpty();
    assertThat(ModelJson.write(notCounted)).isEqualTo("{\"pruned\":null}");

    VanityUrl vanity = Payloads.roundTrip("{\"code\":\"abc\",\"uses\":12}", VanityUrl.class);
    assertThat(vanity).isEqualTo(new VanityUrl(Optional.of("abc"), 12));
    assertThat(ModelJson.write(Payloads.roundTrip("{\"code\":null,\"uses\":0}", VanityUrl.class)))
        .isEqualTo("{\"code\":null,\"uses\":0}");
  }

  @Test
  void readsAGuildPreview() {
    String json = Payloads.text("guild_preview.json");
    GuildPreview preview = Payloads.roundTrip(json, GuildPreview.class);
    Payloads.assertWrittenAsRead(json, preview);
    assertThat(preview.id()).isEqualTo(Id.of(197038439483310086L));
    assertThat(preview.icon()).isPresent();
    assertThat(preview.splash()).isEmpty();
    assertThat(preview.features()).contains(GuildFeature.DISCOVERABLE, GuildFeature.COMMUNITY);
    assertThat(preview.approximateMemberCount()).isEqualTo(60814);
    assertThat(preview.approximatePresenceCount()).isEqualTo(20034);
    assertThat(preview.description()).contains("The official place to report Discord Bugs!");
    assertThat(preview.emojis()).extracting(Emoji::name).containsExactly(Optional.of("LUL"));
    assertThat(preview.stickers())
        .singleElement()
        .satisfies(s -> assertThat(s.tags()).isEqualTo("wave"));
  }

  @Test
  void incidentsDataWithoutTheOptionalTimestamps() {
    String json = "{\"invites_disabled_until\":null,\"dms_disabled_until\":null}";
    GuildIncidentsData data = Payloads.roundTrip(json, GuildIncidentsData.class);
    Payloads.assertWrittenAsRead(json, data);
    assertThat(data)
        .isEqualTo(
            new GuildIncidentsData(
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
  }

  @Test
  void enumsAndFlagsKeepUnknownValues() {
    assertThat(VerificationLevel.of(4)).isSameAs(VerificationLevel.VERY_HIGH);
    assertThat(VerificationLevel.of(42).name()).isEqualTo("UNKNOWN(42)");
    assertThat(ModelJson.write(ExplicitContentFilterLevel.of(17))).isEqualTo("17");
    assertThat(ModelJson.write(GuildFeature.of("BRAND_NEW"))).isEqualTo("\"BRAND_NEW\"");
    assertThat(GuildFeature.of("GUILD_TAGS")).isSameAs(GuildFeature.GUILD_TAGS);
    assertThat(ModelJson.read("[\"X\",\"VIP_REGIONS\"]", GuildFeature[].class))
        .containsExactly(GuildFeature.of("X"), GuildFeature.VIP_REGIONS);
    assertThat(ModelJson.write(GuildMemberFlags.of(1L << 40 | 1))).isEqualTo("1099511627777");
    assertThat(GuildMemberFlags.of(1L << 40 | 1).toString())
        .isEqualTo("GuildMemberFlags[DID_REJOIN, 0x10000000000]");
    assertThat(ModelJson.read("6", PremiumTier.class)).isEqualTo(PremiumTier.of(6));
    assertThat(List.of(MfaLevel.NONE, DefaultMessageNotificationLevel.ALL_MESSAGES))
        .allMatch(value -> value.value() == 0);
  }

  static String userJson() {
    return "{\"id\":\"1\",\"username\":\"a\",\"discriminator\":\"0\",\"global_name\":null,"
        + "\"avatar\":null}";
  }
}
