package dev.gloam.util.builder.interaction;

import static dev.gloam.util.builder.BuilderAssertions.assertJson;
import static dev.gloam.util.builder.BuilderAssertions.fails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.application.interaction.ChannelMessageWithSourceResponse;
import dev.gloam.model.application.interaction.InteractionCallbackMessageData;
import dev.gloam.model.application.interaction.InteractionResponse;
import dev.gloam.model.application.interaction.UpdateMessageResponse;
import dev.gloam.model.channel.message.AllowedMentionType;
import dev.gloam.model.channel.message.AllowedMentions;
import dev.gloam.model.channel.message.MessageFlags;
import dev.gloam.model.channel.message.attachment.AttachmentRequest;
import dev.gloam.model.channel.message.component.ActionRow;
import dev.gloam.model.channel.message.component.Button;
import dev.gloam.model.channel.message.component.ButtonStyle;
import dev.gloam.model.channel.message.component.Component;
import dev.gloam.model.channel.message.component.TextDisplay;
import dev.gloam.model.channel.message.embed.Embed;
import dev.gloam.model.channel.message.poll.PollCreateRequest;
import dev.gloam.model.id.Id;
import dev.gloam.validate.ValidationException.Rule;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Message responses as "Interaction Callback Data Structure", "Messages", describes them. */
class MessageResponseBuilderTest {
  static Embed embed(String title) {
    return new Embed(
        Optional.of(title),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  static ActionRow row(String customId) {
    return new ActionRow(
        Optional.empty(),
        List.of(
            new Button(
                Optional.empty(),
                ButtonStyle.PRIMARY,
                Optional.of("Again"),
                Optional.empty(),
                Optional.of(customId),
                Optional.empty(),
                Optional.empty(),
                Optional.empty())));
  }

  @Test
  void aReplyWithContentIsExactlyTheModelObject() {
    ChannelMessageWithSourceResponse reply =
        MessageResponseBuilder.channelMessageWithSource().content("Pong!").build();
    assertThat(reply)
        .isEqualTo(
            new ChannelMessageWithSourceResponse(
                Optional.of(InteractionCallbackMessageData.ofContent("Pong!"))));
    assertJson(
        reply, InteractionResponse.class, "{\"type\": 4, \"data\": {\"content\": \"Pong!\"}}");
  }

  @Test
  void aReplyWithEveryField() {
    PollCreateRequest poll = PollCreateRequest.of("Again?", "Yes", "No");
    ChannelMessageWithSourceResponse reply =
        MessageResponseBuilder.channelMessageWithSource()
            .tts(false)
            .content("Rolled a 4")
            .embed(embed("Dice"))
            .component(row("roll-again"))
            .allowedMentions(AllowedMentions.parse(AllowedMentionType.USERS))
            .flags(MessageFlags.EPHEMERAL.with(MessageFlags.SUPPRESS_NOTIFICATIONS))
            .attachment(AttachmentRequest.upload(0, "dice.png"))
            .poll(poll)
            .build();
    assertJson(
        reply,
        InteractionResponse.class,
        """
        {"type": 4, "data": {
          "tts": false, "content": "Rolled a 4", "embeds": [{"title": "Dice"}],
          "allowed_mentions": {"parse": ["users"]}, "flags": 4160,
          "components": [{"type": 1, "components": [
            {"type": 2, "style": 1, "label": "Again", "custom_id": "roll-again"}]}],
          "attachments": [{"id": "0", "filename": "dice.png"}],
          "poll": {"question": {"text": "Again?"},
                   "answers": [{"poll_media": {"text": "Yes"}}, {"poll_media": {"text": "No"}}]}}}
        """);
  }

  @Test
  void componentsV2AndUpdates() {
    List<Component> layout = List.of(new TextDisplay(Optional.empty(), "# Score\n4"));
    ChannelMessageWithSourceResponse v2 =
        MessageResponseBuilder.channelMessageWithSource()
            .components(layout)
            .flags(MessageFlags.IS_COMPONENTS_V2)
            .build();
    assertJson(
        v2,
        InteractionResponse.class,
        """
        {"type": 4, "data": {"flags": 32768,
          "components": [{"type": 10, "content": "# Score\\n4"}]}}
        """);
    UpdateMessageResponse update =
        MessageResponseBuilder.updateMessage().embeds(List.of(embed("Done"))).build();
    assertJson(
        update,
        InteractionResponse.class,
        "{\"type\": 7, \"data\": {\"embeds\": [{\"title\": \"Done\"}]}}");
    UpdateMessageResponse clear =
        MessageResponseBuilder.updateMessage().components(List.of()).build();
    assertJson(clear, InteractionResponse.class, "{\"type\": 7, \"data\": {\"components\": []}}");
  }

  @Test
  void limitsOfTheMessage() {
    fails(
        () -> MessageResponseBuilder.channelMessageWithSource().content("x".repeat(2001)).build(),
        "data.content",
        Rule.TOO_LONG);
    fails(
        () -> MessageResponseBuilder.channelMessageWithSource().build(),
        "data.content",
        Rule.MISSING);
    fails(
        () ->
            MessageResponseBuilder.channelMessageWithSource()
                .embeds(Collections.nCopies(11, embed("e")))
                .build(),
        "data.embeds",
        Rule.TOO_MANY);
    fails(
        () ->
            MessageResponseBuilder.updateMessage()
                .embed(embed("ok"))
                .embed(embed("t".repeat(257)))
                .build(),
        "data.embeds[1].title",
        Rule.TOO_LONG);
    fails(
        () ->
            MessageResponseBuilder.channelMessageWithSource()
                .components(Collections.nCopies(6, row("r")))
                .build(),
        "data.components",
        Rule.TOO_MANY);
    fails(
        () ->
            MessageResponseBuilder.channelMessageWithSource()
                .component(new TextDisplay(Optional.empty(), "needs the flag"))
                .build(),
        "data.components[0]",
        Rule.NOT_ALLOWED);
    fails(
        () ->
            MessageResponseBuilder.channelMessageWithSource()
                .content("hi")
                .allowedMentions(
                    new AllowedMentions(
                        Optional.of(List.of(AllowedMentionType.USERS)),
                        Optional.empty(),
                        Optional.of(List.of(Id.of(1))),
                        Optional.empty()))
                .build(),
        "data.allowed_mentions.users",
        Rule.NOT_ALLOWED);
    fails(
        () ->
            MessageResponseBuilder.channelMessageWithSource()
                .content("hi")
                .poll(PollCreateRequest.of("?"))
                .build(),
        "data.poll.answers",
        Rule.TOO_FEW);
    fails(
        () ->
            MessageResponseBuilder.channelMessageWithSource()
                .attachment(
                    new AttachmentRequest(
                        "0",
                        Optional.of("a.png"),
                        Optional.empty(),
                        Optional.of("d".repeat(1025)),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()))
                .build(),
        "data.attachments[0].description",
        Rule.TOO_LONG);
  }

  @Test
  void flagsAResponseMaySet() {
    fails(
        () ->
            MessageResponseBuilder.channelMessageWithSource()
                .content("hi")
                .flags(MessageFlags.CROSSPOSTED)
                .build(),
        "data.flags",
        Rule.NOT_ALLOWED);
    fails(
        () ->
            MessageResponseBuilder.channelMessageWithSource()
                .content("hi")
                .flags(MessageFlags.IS_COMPONENTS_V2)
                .build(),
        "data.content",
        Rule.NOT_ALLOWED);
    fails(
        () ->
            MessageResponseBuilder.updateMessage()
                .embed(embed("e"))
                .flags(MessageFlags.IS_COMPONENTS_V2)
                .build(),
        "data.embeds",
        Rule.NOT_ALLOWED);
    assertThat(
            MessageResponseBuilder.channelMessageWithSource()
                .content("quiet")
                .flags(MessageFlags.SUPPRESS_EMBEDS.with(MessageFlags.EPHEMERAL))
                .build()
                .data()
                .orElseThrow()
                .flags())
        .contains(MessageFlags.of(64 | 4));
  }
}
