package dev.gloam.http.scheduledevent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.http.Client;
import dev.gloam.http.HttpException;
import dev.gloam.model.guild.scheduledevent.EntityMetadata;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEvent;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEventEntityType;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEventStatus;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.testkit.GuildChannelType;
import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.validate.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scheduled events against the offline Discord: entity types, status transitions, queries. */
class ScheduledEventRequestsTest {
  static OfflineDiscord discord;
  static Client client;
  static final Instant START =
      Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);

  @BeforeAll
  static void start() {
    discord = OfflineDiscord.start();
    client = Client.builder().token(discord.botToken()).baseUrl(discord.restUrl()).build();
  }

  @AfterAll
  static void stop() {
    client.close();
    discord.close();
  }

  static Id<GuildMarker> guild() {
    return Id.of(discord.guildId());
  }

  static GuildScheduledEvent voiceEvent(String name) {
    Id<ChannelMarker> voice =
        Id.of(discord.addChannel(discord.guildId(), name, GuildChannelType.VOICE));
    return client
        .createGuildScheduledEvent(guild(), name, GuildScheduledEventEntityType.VOICE, START)
        .channelId(voice)
        .send()
        .model();
  }

  @Test
  void aScheduledEventBecomesActiveThenCompleted() {
    GuildScheduledEvent event = voiceEvent("Game night");
    assertThat(event.status()).isEqualTo(GuildScheduledEventStatus.SCHEDULED);
    client
        .updateGuildScheduledEvent(guild(), event.id())
        .status(GuildScheduledEventStatus.ACTIVE)
        .send();
    assertThat(client.guildScheduledEvent(guild(), event.id()).send().model().status())
        .isEqualTo(GuildScheduledEventStatus.ACTIVE);
    client
        .updateGuildScheduledEvent(guild(), event.id())
        .status(GuildScheduledEventStatus.COMPLETED)
        .send();
    assertThat(client.guildScheduledEvent(guild(), event.id()).send().model().status())
        .isEqualTo(GuildScheduledEventStatus.COMPLETED);
  }

  @Test
  void aScheduledEventCannotJumpToCompleted() {
    GuildScheduledEvent event = voiceEvent("Too soon");
    assertThatThrownBy(
            () ->
                client
                    .updateGuildScheduledEvent(guild(), event.id())
                    .status(GuildScheduledEventStatus.COMPLETED)
                    .send())
        .isInstanceOfSatisfying(
            HttpException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(HttpException.Kind.RESPONSE);
              assertThat(e.status()).isEqualTo(400);
            });
    GuildScheduledEvent canceled =
        client
            .updateGuildScheduledEvent(guild(), event.id())
            .status(GuildScheduledEventStatus.CANCELED)
            .send()
            .model();
    assertThat(canceled.status()).isEqualTo(GuildScheduledEventStatus.CANCELED);
  }

  @Test
  void anExternalEventKeepsItsLocationAndDescriptionIsCleared() {
    GuildScheduledEvent event =
        client
            .createGuildScheduledEvent(
                guild(), "Picnic", GuildScheduledEventEntityType.EXTERNAL, START)
            .description("bring a blanket")
            .entityMetadata(new EntityMetadata(Optional.of("Riverside")))
            .scheduledEndTime(START.plus(Duration.ofHours(3)))
            .send()
            .model();
    assertThat(event.entityMetadata().flatMap(EntityMetadata::location)).contains("Riverside");
    assertThat(event.scheduledEndTime()).contains(START.plus(Duration.ofHours(3)));
    GuildScheduledEvent updated =
        client.updateGuildScheduledEvent(guild(), event.id()).description(null).send().model();
    assertThat(updated.description().orElse(null)).isNull();
  }

  @Test
  void withUserCountAndLimitArrive() {
    GuildScheduledEvent event = voiceEvent("Counted");
    discord.humanSubscribes(discord.guildId(), event.id().value());
    assertThat(client.guildScheduledEvent(guild(), event.id()).withUserCount(true).send().model())
        .satisfies(e -> assertThat(e.userCount()).contains(1));
    assertThat(client.guildScheduledEvent(guild(), event.id()).send().model().userCount())
        .isEmpty();
    discord.humanSubscribes(discord.guildId(), event.id().value());
    assertThat(
            client
                .guildScheduledEventUsers(guild(), event.id())
                .withMember(true)
                .limit(1)
                .send()
                .model())
        .singleElement()
        .satisfies(u -> assertThat(u.member()).isPresent());
  }

  @Test
  void whatAnEntityTypeNeedsIsCheckedBeforeSending() {
    int before = discord.wireLog().size();
    assertThatThrownBy(
            () ->
                client
                    .createGuildScheduledEvent(
                        guild(), "Nowhere", GuildScheduledEventEntityType.EXTERNAL, START)
                    .scheduledEndTime(START.plusSeconds(60))
                    .send())
        .isInstanceOfSatisfying(
            HttpException.class,
            e ->
                assertThat(e.validationError().map(ValidationException::field))
                    .contains("entity_metadata.location"));
    assertThatThrownBy(
            () ->
                client
                    .createGuildScheduledEvent(
                        guild(), "No room", GuildScheduledEventEntityType.STAGE_INSTANCE, START)
                    .send())
        .isInstanceOfSatisfying(
            HttpException.class,
            e ->
                assertThat(e.validationError().map(ValidationException::field))
                    .contains("channel_id"));
    assertThatThrownBy(
            () ->
                client
                    .createGuildScheduledEvent(
                        guild(), "Backwards", GuildScheduledEventEntityType.EXTERNAL, START)
                    .entityMetadata(new EntityMetadata(Optional.of("Here")))
                    .scheduledEndTime(START.minusSeconds(1))
                    .send())
        .isInstanceOfSatisfying(
            HttpException.class,
            e ->
                assertThat(e.validationError().map(ValidationException::field))
                    .contains("scheduled_end_time"));
    assertThatThrownBy(() -> client.guildScheduledEventUsers(guild(), Id.of(1)).limit(101).send())
        .isInstanceOfSatisfying(
            HttpException.class,
            e -> assertThat(e.validationError().map(ValidationException::field)).contains("limit"));
    assertThat(discord.wireLog()).hasSize(before);
  }
}
