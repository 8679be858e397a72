package dev.gloam.http.interaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.http.Client;
import dev.gloam.http.InteractionClient;
import dev.gloam.model.application.interaction.DeferredUpdateMessageResponse;
import dev.gloam.model.channel.message.Message;
import dev.gloam.model.channel.message.MessageFlags;
import dev.gloam.model.channel.message.component.ActionRow;
import dev.gloam.model.channel.message.component.Button;
import dev.gloam.model.channel.message.component.ButtonStyle;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.json.ModelJson;
import dev.gloam.testkit.HumanInteraction;
import dev.gloam.testkit.InteractionResponse;
import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.testkit.RateLimits;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InteractionClientTest {
  @Test
  void aButtonPressIsAnsweredWithAnEphemeralMessageAndAFollowup() throws Exception {
    try (OfflineDiscord discord =
            OfflineDiscord.builder().rateLimits(RateLimits.notEnforced()).start();
        Client client =
            Client.builder().token(discord.botToken()).baseUrl(discord.restUrl()).build();
        InteractionTokens tokens = InteractionTokens.open(discord)) {
      Id<ChannelMarker> channel = Id.of(discord.channelId());
      Message withButton = postButton(client, channel, ButtonStyle.SUCCESS, "Go", "go");
      InteractionClient interactions = client.interaction(Id.of(discord.applicationId()));

      HumanInteraction press =
          discord.humanPressesButton(discord.channelId(), withButton.id().value(), "go");
      String token = tokens.token(press.id());
      interactions
          .createResponse(Id.of(press.id()), token)
          .message(m -> m.content("only you").flags(MessageFlags.EPHEMERAL))
          .send();

      InteractionResponse answer = press.awaitResponse(Duration.ofSeconds(10));
      assertThat(answer.type()).isEqualTo(InteractionResponse.CHANNEL_MESSAGE_WITH_SOURCE);
      assertThat(answer.content()).isEqualTo("only you");
      assertThat(answer.ephemeral()).isTrue();

      Message followup = interactions.createFollowup(token).content("and more").send().model();
      assertThat(followup.content()).isEqualTo("and more");
      assertThat(interactions.followup(token, followup.id()).send().model().id())
          .isEqualTo(followup.id());
    }
  }

  @Test
  void aDeferredUpdateIsRecorded() throws Exception {
    try (OfflineDiscord discord =
            OfflineDiscord.builder().rateLimits(RateLimits.notEnforced()).start();
        Client client =
            Client.builder().token(discord.botToken()).baseUrl(discord.restUrl()).build();
        InteractionTokens tokens = InteractionTokens.open(discord)) {
      Message withButton =
          postButton(client, Id.of(discord.channelId()), ButtonStyle.PRIMARY, "Later", "later");
      HumanInteraction press =
          discord.humanPressesButton(discord.channelId(), withButton.id().value(), "later");
      client
          .interaction(Id.of(discord.applicationId()))
          .createResponse(Id.of(press.id()), tokens.token(press.id()))
          .deferredUpdate()
          .send();

      assertThat(press.awaitResponse(Duration.ofSeconds(10)).type())
          .isEqualTo(InteractionResponse.DEFERRED_UPDATE_MESSAGE);
    }
  }

  @Test
  void aWholeAnswerFromTheModelIsSentWithItsTypeAndData() throws Exception {
    try (OfflineDiscord discord =
            OfflineDiscord.builder().rateLimits(RateLimits.notEnforced()).start();
        Client client =
            Client.builder().token(discord.botToken()).baseUrl(discord.restUrl()).build();
        InteractionTokens tokens = InteractionTokens.open(discord)) {
      Message withButton =
          postButton(client, Id.of(discord.channelId()), ButtonStyle.PRIMARY, "Go", "go");
      InteractionClient interactions = client.interaction(Id.of(discord.applicationId()));
      dev.gloam.model.application.interaction.InteractionResponse built =
          ModelJson.read(
              "{\"type\":4,\"data\":{\"content\":\"built elsewhere\",\"flags\":64}}",
              dev.gloam.model.application.interaction.InteractionResponse.class);

      HumanInteraction first =
          discord.humanPressesButton(discord.channelId(), withButton.id().value(), "go");
      interactions
          .createResponse(Id.of(first.id()), tokens.token(first.id()))
          .response(built)
          .send();
      HumanInteraction second =
          discord.humanPressesButton(discord.channelId(), withButton.id().value(), "go");
      interactions
          .createResponse(Id.of(second.id()), tokens.token(second.id()))
          .response(new DeferredUpdateMessageResponse())
          .send();

      InteractionResponse answer = first.awaitResponse(Duration.ofSeconds(10));
      assertThat(answer.type()).isEqualTo(InteractionResponse.CHANNEL_MESSAGE_WITH_SOURCE);
      assertThat(answer.content()).isEqualTo("built elsewhere");
      assertThat(answer.ephemeral()).isTrue();
      assertThat(second.awaitResponse(Duration.ofSeconds(10)).type())
          .isEqualTo(InteractionResponse.DEFERRED_UPDATE_MESSAGE);
    }
  }

  /** Posts a message with one button, for the human to press. */
  private static Message postButton(
      Client client, Id<ChannelMarker> channel, ButtonStyle style, String label, String customId) {
    return client
        .createMessage(channel)
        .content("press")
        .components(
            new ActionRow(
                Optional.empty(),
                List.of(
                    new Button(
                        Optional.empty(),
                        style,
                        Optional.of(label),
                        Optional.empty(),
                        Optional.of(customId),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()))))
        .send()
        .model();
  }
}
