package dev.gloam.http.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.http.Client;
import dev.gloam.http.request.AttachmentFile;
import dev.gloam.http.request.DataUri;
import dev.gloam.http.routing.Route;
import dev.gloam.http.voice.VoiceGateway;
import dev.gloam.model.guild.automod.AutoModerationEventType;
import dev.gloam.model.guild.automod.AutoModerationRule;
import dev.gloam.model.guild.automod.BlockMessageAction;
import dev.gloam.model.guild.automod.SendAlertMessageAction;
import dev.gloam.model.guild.automod.TimeoutAction;
import dev.gloam.model.guild.automod.TriggerMetadata;
import dev.gloam.model.guild.automod.TriggerType;
import dev.gloam.model.guild.emoji.Emoji;
import dev.gloam.model.guild.scheduledevent.EntityMetadata;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEvent;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEventEntityType;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEventException;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEventStatus;
import dev.gloam.model.guild.sticker.Sticker;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.EmojiMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.ScheduledEventExceptionMarker;
import dev.gloam.model.id.marker.ScheduledEventMarker;
import dev.gloam.model.id.marker.SoundboardSoundMarker;
import dev.gloam.model.id.marker.StickerPackMarker;
import dev.gloam.model.soundboard.SoundboardSound;
import dev.gloam.model.voice.VoiceState;
import dev.gloam.testkit.GuildChannelType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The routes of emojis, stickers, soundboard sounds, scheduled events, auto moderation and voice.
 * Routes the offline Discord answers from its world are called in order (create, read, change,
 * delete) and checked against what was sent; the others get generated answers, which are only read
 * into their models.
 */
final class ResourceRouteCalls implements RouteCalls {
  /** The smallest data testkit accepts as a PNG; it only looks at the data URI and file name. */
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @Override
  public Set<Route> routes() {
    return EnumSet.of(
        Route.CREATE_AUTO_MODERATION_RULE,
        Route.DELETE_AUTO_MODERATION_RULE,
        Route.GET_AUTO_MODERATION_RULE,
        Route.LIST_AUTO_MODERATION_RULES,
        Route.UPDATE_AUTO_MODERATION_RULE,
        Route.CREATE_APPLICATION_EMOJI,
        Route.CREATE_GUILD_EMOJI,
        Route.DELETE_APPLICATION_EMOJI,
        Route.DELETE_GUILD_EMOJI,
        Route.GET_APPLICATION_EMOJI,
        Route.GET_GUILD_EMOJI,
        Route.LIST_APPLICATION_EMOJIS,
        Route.LIST_GUILD_EMOJIS,
        Route.UPDATE_APPLICATION_EMOJI,
        Route.UPDATE_GUILD_EMOJI,
        Route.COUNT_GUILD_SCHEDULED_EVENT_USERS,
        Route.CREATE_GUILD_SCHEDULED_EVENT,
        Route.CREATE_GUILD_SCHEDULED_EVENT_EXCEPTION,
        Route.DELETE_GUILD_SCHEDULED_EVENT,
        Route.DELETE_GUILD_SCHEDULED_EVENT_EXCEPTION,
        Route.GET_GUILD_SCHEDULED_EVENT,
        Route.LIST_GUILD_SCHEDULED_EVENTS,
        Route.LIST_GUILD_SCHEDULED_EVENT_EXCEPTION_USERS,
        Route.LIST_GUILD_SCHEDULED_EVENT_USERS,
        Route.UPDATE_GUILD_SCHEDULED_EVENT,
        Route.UPDATE_GUILD_SCHEDULED_EVENT_EXCEPTION,
        Route.CREATE_GUILD_SOUNDBOARD_SOUND,
        Route.DELETE_GUILD_SOUNDBOARD_SOUND,
        Route.GET_GUILD_SOUNDBOARD_SOUND,
        Route.GET_SOUNDBOARD_DEFAULT_SOUNDS,
        Route.LIST_GUILD_SOUNDBOARD_SOUNDS,
        Route.UPDATE_GUILD_SOUNDBOARD_SOUND,
        Route.CREATE_GUILD_STICKER,
        Route.DELETE_GUILD_STICKER,
        Route.GET_GUILD_STICKER,
        Route.GET_STICKER,
        Route.GET_STICKER_PACK,
        Route.LIST_GUILD_STICKERS,
        Route.LIST_STICKER_PACKS,
        Route.UPDATE_GUILD_STICKER,
        Route.GET_SELF_VOICE_STATE,
        Route.GET_VOICE_STATE,
        Route.LIST_GUILD_VOICE_REGIONS,
        Route.LIST_VOICE_REGIONS,
        Route.UPDATE_SELF_VOICE_STATE,
        Route.UPDATE_VOICE_STATE);
  }

  @Override
  public void run(Fixture fixture) throws Exception {
    emojis(fixture);
    stickers(fixture);
    soundboard(fixture);
    scheduledEvents(fixture);
    autoModeration(fixture);
    voice(fixture);
  }

  private static void emojis(Fixture fixture) {
    Client client = fixture.client();
    Id<GuildMarker> guildId = fixture.guildId();
    Emoji created =
        client.createGuildEmoji(guildId, "gloam", DataUri.png(PNG)).reason("logo").send().model();
    Id<EmojiMarker> emojiId = created.id().orElseThrow();
    assertThat(created.name()).contains("gloam");
    assertThat(client.guildEmoji(guildId, emojiId).send().model().name()).contains("gloam");
    assertThat(client.guildEmojis(guildId).send().model())
        .anySatisfy(e -> assertThat(e.id()).contains(emojiId));
    assertThat(client.updateGuildEmoji(guildId, emojiId).name("gloam_v2").send().model().name())
        .contains("gloam_v2");
    assertThat(client.deleteGuildEmoji(guildId, emojiId).send().status()).isEqualTo(204);

    var applicationId = fixture.applicationId();
    Emoji own =
        client.createApplicationEmoji(applicationId, "own", DataUri.png(PNG)).send().model();
    Id<EmojiMarker> ownId = own.id().orElseThrow();
    assertThat(client.applicationEmoji(applicationId, ownId).send().model().name()).contains("own");
    assertThat(client.applicationEmojis(applicationId).send().model().items())
        .anySatisfy(e -> assertThat(e.id()).contains(ownId));
    assertThat(
            client
                .updateApplicationEmoji(applicationId, ownId)
                .name("own_v2")
                .send()
                .model()
                .name())
        .contains("own_v2");
    assertThat(client.deleteApplicationEmoji(applicationId, ownId).send().status()).isEqualTo(204);
  }

  private static void stickers(Fixture fixture) {
    Client client = fixture.client();
    Id<GuildMarker> guildId = fixture.guildId();
    Sticker created =
        client
            .createGuildSticker(guildId, "wave", "wave", AttachmentFile.of("wave.png", PNG))
            .description("a friendly wave")
            .reason("new sticker")
            .send()
            .model();
    assertThat(created.name()).isEqualTo("wave");
    assertThat(created.description()).contains("a friendly wave");
    assertThat(client.guildSticker(guildId, created.id()).send().model().tags()).isEqualTo("wave");
    assertThat(client.sticker(created.id()).send().model().id()).isEqualTo(created.id());
    assertThat(client.guildStickers(guildId).send().model())
        .anySatisfy(s -> assertThat(s.id()).isEqualTo(created.id()));
    assertThat(
            client.updateGuildSticker(guildId, created.id()).name("big wave").send().model().name())
        .isEqualTo("big wave");
    assertThat(client.deleteGuildSticker(guildId, created.id()).send().status()).isEqualTo(204);
    assertThat(client.stickerPacks().send().model().stickerPacks()).isNotNull();
    Id<StickerPackMarker> packId = Id.of(847199849233514549L);
    assertThat(client.stickerPack(packId).send().model().stickers()).isNotNull();
  }

  private static void soundboard(Fixture fixture) {
    Client client = fixture.client();
    Id<GuildMarker> guildId = fixture.guildId();
    SoundboardSound created =
        client
            .createGuildSoundboardSound(guildId, "airhorn", DataUri.ogg(PNG))
            .volume(0.5)
            .emojiName("📯")
            .reason("louder")
            .send()
            .model();
    assertThat(created.name()).isNotNull();
    Id<SoundboardSoundMarker> soundId = created.soundId();
    assertThat(client.guildSoundboardSound(guildId, soundId).send().model().soundId()).isNotNull();
    assertThat(client.guildSoundboardSounds(guildId).send().model().items()).isNotNull();
    assertThat(
            client
                .updateGuildSoundboardSound(guildId, soundId)
                .name("horn")
                .volume(1.0)
                .emojiName(null)
                .send()
                .model()
                .soundId())
        .isNotNull();
    assertThat(client.deleteGuildSoundboardSound(guildId, soundId).send().status()).isEqualTo(204);
    assertThat(client.soundboardDefaultSounds().send().model()).isNotNull();
  }

  private static void scheduledEvents(Fixture fixture) {
    Client client = fixture.client();
    Id<GuildMarker> guildId = fixture.guildId();
    Instant start = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
    GuildScheduledEvent event =
        client
            .createGuildScheduledEvent(
                guildId, "Meetup", GuildScheduledEventEntityType.EXTERNAL, start)
            .description("bring snacks")
            .entityMetadata(new EntityMetadata(Optional.of("The park")))
            .scheduledEndTime(start.plus(Duration.ofHours(2)))
            .reason("summer")
            .send()
            .model();
    Id<ScheduledEventMarker> eventId = event.id();
    assertThat(event.name()).isEqualTo("Meetup");
    assertThat(event.scheduledStartTime()).isEqualTo(start);
    assertThat(client.guildScheduledEvent(guildId, eventId).withUserCount(true).send().model())
        .satisfies(e -> assertThat(e.userCount()).contains(0));
    assertThat(client.guildScheduledEvents(guildId).withUserCount(true).send().model())
        .anySatisfy(e -> assertThat(e.id()).isEqualTo(eventId));
    fixture.discord().humanSubscribes(fixture.discord().guildId(), eventId.value());
    assertThat(
            client
                .guildScheduledEventUsers(guildId, eventId)
                .limit(10)
                .withMember(true)
                .send()
                .model())
        .anySatisfy(u -> assertThat(u.user().id()).isEqualTo(fixture.humanUserId()));
    assertThat(
            client
                .updateGuildScheduledEvent(guildId, eventId)
                .status(GuildScheduledEventStatus.ACTIVE)
                .send()
                .model()
                .status())
        .isEqualTo(GuildScheduledEventStatus.ACTIVE);

    GuildScheduledEventException exception =
        client
            .createGuildScheduledEventException(guildId, eventId, start.plus(Duration.ofDays(7)))
            .isCanceled(true)
            .send()
            .model();
    Id<ScheduledEventExceptionMarker> exceptionId = exception.eventExceptionId();
    assertThat(
            client
                .updateGuildScheduledEventException(guildId, eventId, exceptionId)
                .isCanceled(false)
                .send()
                .model()
                .eventExceptionId())
        .isNotNull();
    assertThat(
            client
                .guildScheduledEventExceptionUsers(guildId, eventId, exceptionId)
                .limit(5)
                .send()
                .model())
        .isNotNull();
    assertThat(
            client
                .guildScheduledEventUserCounts(guildId, eventId)
                .guildScheduledEventExceptionIds(List.of(exceptionId))
                .send()
                .model()
                .guildScheduledEventExceptionCounts())
        .isNotNull();
    assertThat(
            client
                .deleteGuildScheduledEventException(guildId, eventId, exceptionId)
                .send()
                .status())
        .isEqualTo(204);
    assertThat(client.deleteGuildScheduledEvent(guildId, eventId).send().status()).isEqualTo(204);
  }

  private static void autoModeration(Fixture fixture) {
    Client client = fixture.client();
    Id<GuildMarker> guildId = fixture.guildId();
    AutoModerationRule rule =
        client
            .createAutoModerationRule(
                guildId, "no swearing", AutoModerationEventType.MESSAGE_SEND, TriggerType.KEYWORD)
            .triggerMetadata(
                new TriggerMetadata(
                    Optional.of(List.of("darn*")),
                    Optional.of(List.of("fr[ae]ck")),
                    Optional.empty(),
                    Optional.of(List.of("darned good")),
                    Optional.empty(),
                    Optional.empty()))
            .actions(
                new BlockMessageAction(
                    Optional.of(new BlockMessageAction.Metadata(Optional.of("Please don't")))),
                new SendAlertMessageAction(
                    new SendAlertMessageAction.Metadata(fixture.channelId())),
                new TimeoutAction(new TimeoutAction.Metadata(60)))
            .enabled(true)
            .reason("keep it clean")
            .send()
            .model();
    assertThat(rule.name()).isEqualTo("no swearing");
    assertThat(rule.actions()).hasSize(3);
    assertThat(client.autoModerationRule(guildId, rule.id()).send().model().triggerMetadata())
        .isEqualTo(rule.triggerMetadata());
    assertThat(client.autoModerationRules(guildId).send().model())
        .anySatisfy(r -> assertThat(r.id()).isEqualTo(rule.id()));
    assertThat(
            client
                .updateAutoModerationRule(guildId, rule.id())
                .enabled(false)
                .send()
                .model()
                .enabled())
        .isFalse();
    assertThat(client.deleteAutoModerationRule(guildId, rule.id()).send().status()).isEqualTo(204);
  }

  private static void voice(Fixture fixture) throws InterruptedException {
    Client client = fixture.client();
    Id<GuildMarker> guildId = fixture.guildId();
    assertThat(client.voiceRegions().send().model()).isNotNull();
    assertThat(client.guildVoiceRegions(guildId).send().model()).isNotNull();
    long stage =
        fixture.discord().addChannel(fixture.discord().guildId(), "Stage", GuildChannelType.STAGE);
    try (VoiceGateway gateway =
        VoiceGateway.connect(fixture.discord().gatewayUrl(), fixture.discord().botToken())) {
      gateway.join(fixture.discord().guildId(), stage);
      VoiceState own = client.currentUserVoiceState(guildId).send().model();
      assertThat(own.channelId()).contains(Id.of(stage));
      assertThat(client.userVoiceState(guildId, fixture.botUserId()).send().model().userId())
          .isEqualTo(fixture.botUserId());
    }
    assertThat(
            client
                .updateCurrentUserVoiceState(guildId)
                .channelId(Id.of(stage))
                .suppress(false)
                .requestToSpeakTimestamp(Instant.now())
                .send()
                .status())
        .isEqualTo(204);
    assertThat(
            client
                .updateUserVoiceState(guildId, fixture.humanUserId())
                .channelId(Id.of(stage))
                .suppress(true)
                .send()
                .status())
        .isEqualTo(204);
  }
}
