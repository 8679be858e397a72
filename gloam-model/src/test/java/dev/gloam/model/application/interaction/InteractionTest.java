package dev.gloam.model.application.interaction;

import static dev.gloam.model.application.Payloads.assertWireKept;
import static dev.gloam.model.application.Payloads.load;
import static dev.gloam.model.application.Payloads.roundTrip;
import static dev.gloam.model.application.Payloads.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.application.ApplicationIntegrationType;
import dev.gloam.model.application.command.BooleanValue;
import dev.gloam.model.application.command.CommandOptionChoice;
import dev.gloam.model.application.command.CommandOptionType;
import dev.gloam.model.application.command.CommandType;
import dev.gloam.model.application.command.IntegerValue;
import dev.gloam.model.application.command.NumberValue;
import dev.gloam.model.application.command.StringValue;
import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.channel.message.MessageFlags;
import dev.gloam.model.channel.message.MessageInteraction;
import dev.gloam.model.channel.message.attachment.Attachment;
import dev.gloam.model.channel.message.component.Component;
import dev.gloam.model.channel.message.component.ComponentType;
import dev.gloam.model.channel.message.component.ModalSubmitComponent;
import dev.gloam.model.channel.message.component.ModalSubmitLabel;
import dev.gloam.model.channel.message.component.ModalSubmitTextInput;
import dev.gloam.model.channel.message.component.TextDisplay;
import dev.gloam.model.guild.GuildFeature;
import dev.gloam.model.guild.Permissions;
import dev.gloam.model.id.Id;
import dev.gloam.model.json.ModelJson;
import dev.gloam.model.locale.DiscordLocale;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class InteractionTest {
  @Test
  void slashCommandWithResolvedDataAndNestedOptions() {
    String json = load("interaction_slash.json");
    Interaction interaction = roundTrip(json, Interaction.class);

    assertThat(interaction.id()).isEqualTo(Id.parse("18446744073709551615"));
    assertThat(interaction.type()).isEqualTo(InteractionType.APPLICATION_COMMAND);
    assertThat(interaction.guildId()).contains(Id.of(290926798626357260L));
    InteractionGuild guild = interaction.guild().orElseThrow();
    assertThat(guild.id()).isEqualTo(Id.of(290926798626357260L));
    assertThat(guild.locale()).contains(DiscordLocale.FRENCH);
    assertThat(guild.features().orElseThrow())
        .containsExactly(
            GuildFeature.COMMUNITY, GuildFeature.NEWS, GuildFeature.of("SOME_FUTURE_FEATURE"));
    assertThat(interaction.entitlements())
        .singleElement()
        .satisfies(
            entitlement -> {
              assertThat(entitlement.id()).isEqualTo(Id.of(1019653849998299136L));
              assertThat(entitlement.userId()).contains(Id.of(53908232506183680L));
            });
    assertThat(interaction.channelId()).contains(Id.of(290926798626357262L));
    assertThat(interaction.channel().orElseThrow().type()).isEqualTo(ChannelType.GUILD_TEXT);
    assertThat(interaction.member().orElseThrow().permissions()).isPresent();
    assertThat(interaction.user()).isEmpty();
    assertThat(interaction.invoker().orElseThrow().username()).isEqualTo("Mason");
    assertThat(interaction.token()).isEqualTo("A_UNIQUE_TOKEN");
    assertThat(interaction.version()).isEqualTo(1);
    assertThat(interaction.appPermissions().bits()).isEqualTo(442368L);
    assertThat(interaction.locale()).contains(DiscordLocale.ENGLISH_US);
    assertThat(interaction.guildLocale()).contains(DiscordLocale.FRENCH);
    assertThat(interaction.context()).contains(InteractionContextType.GUILD);
    assertThat(interaction.attachmentSizeLimit()).isEqualTo(26214400L);
    assertThat(interaction.authorizingIntegrationOwners())
        .containsEntry(ApplicationIntegrationType.GUILD_INSTALL, "290926798626357260");
    assertThat(interaction.guildInstallOwner()).contains(Id.of(290926798626357260L));
    assertThat(interaction.userInstallOwner()).contains(Id.of(53908232506183680L));

    ApplicationCommandData data = (ApplicationCommandData) interaction.data().orElseThrow();
    assertThat(data.id()).isEqualTo(Id.of(1101245123456789001L));
    assertThat(data.name()).isEqualTo("permissions");
    assertThat(data.type()).isEqualTo(CommandType.CHAT_INPUT);
    assertThat(data.guildId()).contains(Id.of(290926798626357260L));
    assertThat(data.targetId()).isEmpty();
    assertThat(data.focusedOption()).isEmpty();

    ResolvedData resolved = data.resolved().orElseThrow();
    assertThat(resolved.users().orElseThrow().get("511972282709709995").displayName())
        .isEqualTo("Target");
    assertThat(resolved.members().orElseThrow().get("511972282709709995").nick()).contains("tgt");
    assertThat(resolved.roles().orElseThrow().get("290926798626357261").name()).isEqualTo("Mods");
    assertThat(resolved.channels().orElseThrow().get("290926798626357262").name())
        .contains("general");
    assertThat(resolved.messages()).isEmpty();
    Attachment log = resolved.attachments().orElseThrow().get("1101245123456789500");
    assertThat(log.filename()).isEqualTo("log.txt");
    assertThat(log.size()).isEqualTo(2048L);
    assertThat(log.ephemeral()).contains(true);

    CommandInteractionDataOption group = data.options().orElseThrow().get(0);
    assertThat(group.type()).isEqualTo(CommandOptionType.SUB_COMMAND_GROUP);
    assertThat(group.value()).isEmpty();
    CommandInteractionDataOption sub = group.options().orElseThrow().get(0);
    assertThat(sub.type()).isEqualTo(CommandOptionType.SUB_COMMAND);
    List<CommandInteractionDataOption> params = sub.options().orElseThrow();
    assertThat(params)
        .extracting(o -> o.value().orElseThrow())
        .containsExactly(
            new StringValue("511972282709709995"),
            new StringValue("290926798626357262"),
            new StringValue("290926798626357261"),
            new BooleanValue(true),
            new IntegerValue(42),
            new NumberValue(0.75),
            new IntegerValue(3),
            new StringValue("strict"));
    assertThat(params.get(0).value().orElseThrow().asId()).isEqualTo(Id.of(511972282709709995L));

    JsonNode written = tree(ModelJson.write(interaction));
    JsonNode original = tree(json);
    assertThat(written.get("data").get("options")).isEqualTo(original.get("data").get("options"));
    assertThat(written.get("authorizing_integration_owners"))
        .isEqualTo(original.get("authorizing_integration_owners"));
    assertThat(written.get("app_permissions").asString()).isEqualTo("442368");
    assertThat(written.get("type").asInt()).isEqualTo(2);
    assertThat(written.get("guild")).isEqualTo(original.get("guild"));
    assertThat(written.get("entitlements")).isEqualTo(original.get("entitlements"));
    assertThat(written.get("data").get("resolved").get("attachments"))
        .isEqualTo(original.get("data").get("resolved").get("attachments"));
    assertThat(written.has("some_future_field")).isFalse();
  }

  @Test
  void autocompleteFindsTheFocusedOptionInASubcommand() {
    Interaction interaction = roundTrip(load("interaction_autocomplete.json"), Interaction.class);
    assertThat(interaction.type()).isEqualTo(InteractionType.APPLICATION_COMMAND_AUTOCOMPLETE);
    ApplicationCommandData data = (ApplicationCommandData) interaction.data().orElseThrow();
    CommandInteractionDataOption focused = data.focusedOption().orElseThrow();
    assertThat(focused.name()).isEqualTo("count");
    assertThat(focused.type()).isEqualTo(CommandOptionType.INTEGER);
    // A partial input arrives as a string, even for an integer option.
    assertThat(focused.value()).contains(new StringValue("12"));
    assertThat(interaction.member()).isEmpty();
    assertThat(interaction.invoker().orElseThrow().id()).isEqualTo(Id.of(53908232506183680L));
    assertThat(interaction.context()).contains(InteractionContextType.BOT_DM);
    assertThat(interaction.guildInstallOwner()).isEmpty();
    assertThat(interaction.authorizingIntegrationOwners())
        .containsEntry(ApplicationIntegrationType.GUILD_INSTALL, "0");
    assertThat(interaction.guildLocale()).isEmpty();
  }

  @Test
  void buttonInteractionCarriesItsMessage() {
    Interaction interaction = roundTrip(load("interaction_button.json"), Interaction.class);
    assertThat(interaction.type()).isEqualTo(InteractionType.MESSAGE_COMPONENT);
    MessageComponentData data = (MessageComponentData) interaction.data().orElseThrow();
    assertThat(data.customId()).isEqualTo("click_one");
    assertThat(data.componentType()).isEqualTo(ComponentType.BUTTON);
    assertThat(interaction.entitlements()).isEmpty();
    assertThat(interaction.guild()).isEmpty();
    assertThat(data.values()).isEmpty();
    assertThat(data.resolved()).isEmpty();
    assertThat(interaction.message().orElseThrow().content()).isEqualTo("Click the button");
    assertThat(interaction.userInstallOwner()).isEmpty();
  }

  @Test
  void selectMenuInteractionHasValuesAndResolvedUsers() {
    Interaction interaction = roundTrip(load("interaction_select.json"), Interaction.class);
    MessageComponentData data = (MessageComponentData) interaction.data().orElseThrow();
    assertThat(data.componentType()).isEqualTo(ComponentType.USER_SELECT);
    assertThat(data.values()).contains(List.of("511972282709709995"));
    assertThat(data.resolved().orElseThrow().users().orElseThrow())
        .containsKey("511972282709709995");
    assertThat(interaction.context()).contains(InteractionContextType.PRIVATE_CHANNEL);
  }

  @Test
  void modalSubmit() {
    Interaction interaction = roundTrip(load("interaction_modal.json"), Interaction.class);
    assertThat(interaction.type()).isEqualTo(InteractionType.MODAL_SUBMIT);
    ModalSubmitData data = (ModalSubmitData) interaction.data().orElseThrow();
    assertThat(data.customId()).isEqualTo("feedback_modal");
    assertThat(data.components())
        .extracting(ModalSubmitComponent::type)
        .containsExactly(ComponentType.TEXT_DISPLAY, ComponentType.LABEL, ComponentType.ACTION_ROW);
    ModalSubmitLabel label = (ModalSubmitLabel) data.components().get(1);
    assertThat(((ModalSubmitTextInput) label.component()).value()).isEqualTo("Great bot");
    assertThat(tree(ModelJson.write(data)))
        .isEqualTo(tree(load("interaction_modal.json")).get("data"));
    assertThat(data.resolved()).isEmpty();
  }

  @Test
  void pingHasNoData() {
    Interaction interaction = roundTrip(load("interaction_ping.json"), Interaction.class);
    assertThat(interaction.type()).isEqualTo(InteractionType.PING);
    assertThat(interaction.data()).isEmpty();
    assertThat(interaction.locale()).isEmpty();
    assertThat(interaction.context()).isEmpty();
    assertThat(interaction.appPermissions()).isEqualTo(Permissions.NONE);
    assertThat(interaction.authorizingIntegrationOwners()).isEmpty();
    assertThat(interaction.invoker()).isEmpty();
    JsonNode written = tree(ModelJson.write(interaction));
    assertThat(written.has("data")).isFalse();
    assertThat(written.has("locale")).isFalse();
    assertThat(written.get("authorizing_integration_owners").size()).isZero();
  }

  @Test
  void unknownInteractionTypeKeepsItsDataRaw() {
    String json = load("interaction_unknown.json");
    Interaction interaction = roundTrip(json, Interaction.class);
    assertThat(interaction.type().isKnown()).isFalse();
    assertThat(interaction.type().value()).isEqualTo(77);
    UnknownInteractionData data = (UnknownInteractionData) interaction.data().orElseThrow();
    assertThat(data.raw()).isEqualTo(tree(json).get("data"));
    assertThat(interaction.context().orElseThrow().value()).isEqualTo(5);
    assertThat(interaction.authorizingIntegrationOwners())
        .containsEntry(ApplicationIntegrationType.of(9), "123");

    JsonNode written = tree(ModelJson.write(interaction));
    assertThat(written.get("data")).isEqualTo(tree(json).get("data"));
    assertThat(written.get("authorizing_integration_owners"))
        .isEqualTo(tree(json).get("authorizing_integration_owners"));
  }

  @Test
  void responsesOfEveryCallbackTypeKeepTheirWireForm() {
    InteractionResponse[] responses =
        assertWireKept(load("responses.json"), InteractionResponse[].class);
    assertThat(responses)
        .extracting(InteractionResponse::type)
        .containsExactly(
            InteractionCallbackType.PONG,
            InteractionCallbackType.CHANNEL_MESSAGE_WITH_SOURCE,
            InteractionCallbackType.CHANNEL_MESSAGE_WITH_SOURCE,
            InteractionCallbackType.DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE,
            InteractionCallbackType.DEFERRED_UPDATE_MESSAGE,
            InteractionCallbackType.UPDATE_MESSAGE,
            InteractionCallbackType.APPLICATION_COMMAND_AUTOCOMPLETE_RESULT,
            InteractionCallbackType.MODAL,
            InteractionCallbackType.PREMIUM_REQUIRED,
            InteractionCallbackType.LAUNCH_ACTIVITY,
            InteractionCallbackType.of(13));
    assertThat(responses[0]).isEqualTo(new PongResponse());
    InteractionCallbackMessageData message =
        ((ChannelMessageWithSourceResponse) responses[1]).data().orElseThrow();
    assertThat(message.content()).contains("Congrats on sending your command!");
    assertThat(message.embeds().orElseThrow().get(0).title()).contains("Result");
    assertThat(message.allowedMentions().orElseThrow().repliedUser()).contains(false);
    assertThat(message.flags()).contains(MessageFlags.EPHEMERAL);
    assertThat(message.components().orElseThrow().get(0).type())
        .isEqualTo(ComponentType.ACTION_ROW);
    assertThat(message.attachments().orElseThrow().get(0).filename()).contains("result.png");
    assertThat(message.poll().orElseThrow().answers()).hasSize(2);
    assertThat(((ChannelMessageWithSourceResponse) responses[2]).data()).isEmpty();
    assertThat(((DeferredChannelMessageWithSourceResponse) responses[3]).data())
        .contains(
            new InteractionCallbackMessageData(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
    assertThat(responses[4]).isInstanceOf(DeferredUpdateMessageResponse.class);
    assertThat(((UpdateMessageResponse) responses[5]).data())
        .contains(InteractionCallbackMessageData.ofContent("Updated"));
    List<CommandOptionChoice> choices =
        ((AutocompleteResultResponse) responses[6]).data().choices();
    assertThat(choices)
        .extracting(CommandOptionChoice::value)
        .containsExactly(new StringValue("strict"), new IntegerValue(12), new NumberValue(0.5));
    InteractionCallbackModalData modal = ((ModalResponse) responses[7]).data();
    assertThat(modal.customId()).isEqualTo("feedback_modal");
    assertThat(modal.title()).isEqualTo("Tell us more");
    assertThat(modal.components())
        .extracting(Component::type)
        .containsExactly(ComponentType.TEXT_DISPLAY, ComponentType.LABEL);
    assertThat(responses[8]).isInstanceOf(PremiumRequiredResponse.class);
    assertThat(responses[9]).isEqualTo(new LaunchActivityResponse());
    UnknownInteractionResponse unknown = (UnknownInteractionResponse) responses[10];
    assertThat(unknown.raw().get("data").get("sku_id").asString()).isEqualTo("1101245123456789300");
  }

  @Test
  void builtResponsesWriteTheirType() {
    assertThat(ModelJson.write(new PongResponse())).isEqualTo("{\"type\":1}");
    assertThat(
            tree(
                ModelJson.write(
                    new ChannelMessageWithSourceResponse(
                        Optional.of(InteractionCallbackMessageData.ofContent("Pong!"))))))
        .isEqualTo(tree("{\"type\":4,\"data\":{\"content\":\"Pong!\"}}"));
    assertThat(
            tree(
                ModelJson.write(
                    new ModalResponse(
                        new InteractionCallbackModalData(
                            "m", "Title", List.of(new TextDisplay(Optional.empty(), "Hi")))))))
        .isEqualTo(
            tree(
                "{\"type\":9,\"data\":{\"custom_id\":\"m\",\"title\":\"Title\","
                    + "\"components\":[{\"type\":10,\"content\":\"Hi\"}]}}"));
  }

  @Test
  void callbackResponsesWithAndWithoutResources() {
    InteractionCallbackResponse[] all =
        roundTrip(load("callback_response.json"), InteractionCallbackResponse[].class);

    InteractionCallbackResponse message = all[0];
    assertThat(message.interaction().type()).isEqualTo(InteractionType.APPLICATION_COMMAND);
    assertThat(message.interaction().responseMessageId()).contains(Id.of(1101245123456789200L));
    assertThat(message.interaction().responseMessageLoading()).contains(false);
    assertThat(message.interaction().responseMessageEphemeral()).contains(true);
    InteractionCallbackResource resource = message.resource().orElseThrow();
    assertThat(resource.type()).isEqualTo(InteractionCallbackType.CHANNEL_MESSAGE_WITH_SOURCE);
    assertThat(resource.message().orElseThrow().content()).isEqualTo("Hello");
    assertThat(resource.activityInstance()).isEmpty();

    InteractionCallbackResponse activity = all[1];
    assertThat(activity.interaction().activityInstanceId())
        .contains("i-1276580072400224306-gc-1-2");
    assertThat(activity.resource().orElseThrow().activityInstance())
        .contains(new InteractionCallbackActivityInstance("i-1276580072400224306-gc-1-2"));

    assertThat(all[2].resource()).isEmpty();
    assertThat(tree(ModelJson.write(all[2])))
        .isEqualTo(tree("{\"interaction\":{\"id\":\"1101245123456789103\",\"type\":3}}"));
  }

  @Test
  @SuppressWarnings("deprecation") // Discord still sends the deprecated object; it must be read.
  void messageInteraction() {
    String json =
        "{\"id\":\"1101245123456789101\",\"type\":2,\"name\":\"permissions user get\","
            + "\"user\":{\"id\":\"53908232506183680\",\"username\":\"Mason\","
            + "\"discriminator\":\"0\",\"global_name\":null,\"avatar\":null}}";
    MessageInteraction interaction = assertWireKept(json, MessageInteraction.class);
    assertThat(interaction.name()).isEqualTo("permissions user get");
    assertThat(interaction.member()).isEmpty();
  }
}
