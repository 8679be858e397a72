package dev.gloam.model.channel.message;

import static dev.gloam.model.channel.message.MessagePayloads.assertWritesBack;
import static dev.gloam.model.channel.message.MessagePayloads.load;
import static dev.gloam.model.channel.message.MessagePayloads.roundTrip;
import static dev.gloam.model.channel.message.MessagePayloads.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.application.EmbeddedApplication;
import dev.gloam.model.application.interaction.InteractionType;
import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.channel.message.attachment.AttachmentFlags;
import dev.gloam.model.channel.message.component.ComponentType;
import dev.gloam.model.channel.message.embed.EmbedType;
import dev.gloam.model.guild.sticker.StickerFormatType;
import dev.gloam.model.guild.sticker.StickerItem;
import dev.gloam.model.id.Id;
import dev.gloam.model.json.ModelJson;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class MessageTest {
  private static final String MINIMAL =
      "{\"id\":\"1311234567890123457\",\"channel_id\":\"1101245000000000002\","
          + "\"author\":{\"id\":\"1101245000000000777\",\"username\":\"human\","
          + "\"discriminator\":\"0\",\"global_name\":null,\"avatar\":null},"
          + "\"content\":\"hi\",\"timestamp\":\"2026-11-26T21:10:00.000000+00:00\","
          + "\"edited_timestamp\":null,\"tts\":false,\"mention_everyone\":false,"
          + "\"mentions\":[],\"mention_roles\":[],\"attachments\":[],\"embeds\":[],"
          + "\"pinned\":false,\"type\":0%s}";

  @Test
  void replyCarriesItsReferenceAndTheRepliedMessage() {
    String json = load("reply.json");
    Message reply = roundTrip(json, Message.class);

    assertThat(reply.id()).isEqualTo(Id.parse("18446744073709551615"));
    assertThat(reply.id().toString()).isEqualTo("18446744073709551615");
    assertThat(reply.type()).isEqualTo(MessageType.REPLY);
    assertThat(reply.guildId()).contains(Id.of(1101245000000000001L));
    assertThat(reply.channelType()).contains(ChannelType.GUILD_TEXT);
    assertThat(reply.member().orElseThrow().nick()).contains("Hum");
    assertThat(reply.nonce()).contains(Nonce.of(1311234567890123456L));
    assertThat(reply.flagsOrNone().isEmpty()).isTrue();

    UserMention mention = reply.mentions().getFirst();
    assertThat(mention.user().username()).isEqualTo("other");
    assertThat(mention.user().avatar()).isPresent();
    assertThat(mention.member().orElseThrow().mute()).isTrue();
    assertThat(mention.member().orElseThrow().flags().bits()).isEqualTo(2);

    MessageReference reference = reply.messageReference().orElseThrow();
    assertThat(reference.type()).contains(MessageReferenceType.DEFAULT);
    assertThat(reference.messageId()).contains(Id.of(1311234567890120000L));
    assertThat(reference.failIfNotExists()).isEmpty();

    Message parent = reply.referencedMessage().orElseThrow().orElseThrow();
    assertThat(parent.content()).isEqualTo("pineapple belongs on pizza");
    assertThat(parent.pinned()).isTrue();
    assertThat(parent.editedTimestamp()).contains(Instant.parse("2026-11-26T21:09:30.500Z"));
    // The parent's own referenced_message is absent: unknown, not deleted.
    assertThat(parent.referencedMessage()).isEmpty();
    assertThat(parent.mentions()).isEmpty();
    assertThat(parent.guildId()).isEmpty();

    assertWritesBack(json, reply);
  }

  @Test
  void referencedMessageTellsNullFromAbsent() {
    Message absent = roundTrip(MINIMAL.formatted(""), Message.class);
    assertThat(absent.referencedMessage()).isEmpty();
    assertThat(tree(ModelJson.write(absent)).has("referenced_message")).isFalse();

    Message deleted = roundTrip(MINIMAL.formatted(",\"referenced_message\":null"), Message.class);
    assertThat(deleted.referencedMessage()).contains(Optional.empty());
    JsonNode written = tree(ModelJson.write(deleted));
    assertThat(written.has("referenced_message")).isTrue();
    assertThat(written.get("referenced_message").isNull()).isTrue();

    assertThat(deleted).isNotEqualTo(absent);
  }

  @Test
  void minimalMessageLeavesOptionalFieldsAbsent() {
    String json = MINIMAL.formatted("");
    Message message = roundTrip(json, Message.class);
    assertThat(message.editedTimestamp()).isEmpty();
    assertThat(message.reactions()).isEmpty();
    assertThat(message.nonce()).isEmpty();
    assertThat(message.flags()).isEmpty();
    assertThat(message.flagsOrNone()).isEqualTo(MessageFlags.NONE);
    assertThat(message.poll()).isEmpty();
    assertThat(message.interactionMetadata()).isEmpty();
    assertThat(message.member()).isEmpty();
    JsonNode written = tree(ModelJson.write(message));
    assertThat(written.get("edited_timestamp").isNull()).isTrue();
    assertThat(written.has("flags")).isFalse();
    assertThat(written.has("nonce")).isFalse();
    assertThat(written.has("guild_id")).isFalse();
    assertWritesBack(json, message);
  }

  @Test
  void nonceKeepsItsJsonForm() {
    Message text = roundTrip(MINIMAL.formatted(",\"nonce\":\"42\""), Message.class);
    Message number = roundTrip(MINIMAL.formatted(",\"nonce\":42"), Message.class);
    assertThat(text.nonce()).contains(Nonce.of("42"));
    assertThat(number.nonce()).contains(Nonce.of(42));
    assertThat(text.nonce()).isNotEqualTo(number.nonce());
    assertThat(text.nonce().orElseThrow().asString())
        .isEqualTo(number.nonce().orElseThrow().asString());
    assertThat(tree(ModelJson.write(text)).get("nonce").isString()).isTrue();
    assertThat(tree(ModelJson.write(number)).get("nonce").isIntegralNumber()).isTrue();
    assertThat(ModelJson.write(Nonce.of("abc-1"))).isEqualTo("\"abc-1\"");
    assertThat(ModelJson.write(Nonce.of(-7))).isEqualTo("-7");
  }

  @Test
  void forwardedMessageCarriesASnapshot() {
    String json = load("forward.json");
    Message forward = roundTrip(json, Message.class);
    assertThat(forward.flagsOrNone().contains(MessageFlags.HAS_SNAPSHOT)).isTrue();
    assertThat(forward.messageReference().orElseThrow().type())
        .contains(MessageReferenceType.FORWARD);
    assertThat(forward.referencedMessage()).isEmpty();

    SnapshotMessage snapshot = forward.messageSnapshots().orElseThrow().getFirst().message();
    assertThat(snapshot.type()).isEqualTo(MessageType.DEFAULT);
    assertThat(snapshot.content()).startsWith("pineapple");
    assertThat(snapshot.mentionRoles()).containsExactly(Id.of(1101245000000000101L));
    assertThat(snapshot.embeds().getFirst().type()).contains(EmbedType.RICH);
    assertThat(snapshot.embeds().getFirst().color()).contains(16753920);
    assertThat(snapshot.attachments().getFirst().height()).contains(512);
    assertThat(snapshot.flags()).contains(MessageFlags.NONE);
    assertThat(snapshot.editedTimestamp()).isEmpty();
    assertWritesBack(json, forward);
  }

  @Test
  void everyOtherFieldIsRead() {
    String json = load("showcase.json");
    Message message = roundTrip(json, Message.class);

    assertThat(message.mentionEveryone()).isTrue();
    assertThat(message.mentionRoles())
        .containsExactly(Id.of(1101245000000000101L), Id.parse("18446744073709551615"));
    ChannelMention channel = message.mentionChannels().orElseThrow().getFirst();
    assertThat(channel.type()).isEqualTo(ChannelType.GUILD_ANNOUNCEMENT);
    assertThat(channel.name()).isEqualTo("big-news");
    assertThat(message.nonce()).contains(Nonce.of("1311234567890140000"));
    assertThat(message.webhookId()).contains(Id.of(1101245000000000999L));
    assertThat(message.activity().orElseThrow().type()).isEqualTo(MessageActivityType.JOIN);
    assertThat(message.activity().orElseThrow().partyId()).contains("spotify:1101245000000000777");
    assertThat(message.applicationId()).contains(Id.of(1101245123456789012L));
    assertThat(message.thread().orElseThrow().type()).isEqualTo(ChannelType.PUBLIC_THREAD);
    assertThat(message.thread().orElseThrow().member().orElseThrow().userId())
        .contains(Id.of(1101245000000000777L));
    EmbeddedApplication application = message.application().orElseThrow();
    assertThat(application.name()).isEqualTo("Spotify");
    assertThat(application.icon()).isEmpty();
    assertThat(application.bot().orElseThrow().isBot()).isTrue();
    assertThat(message.components().orElseThrow().getFirst().type())
        .isEqualTo(ComponentType.ACTION_ROW);
    assertThat(message.stickerItems().orElseThrow())
        .extracting(StickerItem::formatType)
        .containsExactly(StickerFormatType.GIF, StickerFormatType.of(99));
    assertThat(message.stickers().orElseThrow().getFirst().name()).isEqualTo("gloam");
    assertThat(message.resolved().orElseThrow().users().orElseThrow())
        .containsKey("1101245000000000777");
    assertThat(message.attachments().get(1).application().orElseThrow().name())
        .isEqualTo("Moon Game");
    assertThat(message.attachments().get(0).application()).isEmpty();
    assertThat(message.position()).contains(0);
    RoleSubscriptionData subscription = message.roleSubscriptionData().orElseThrow();
    assertThat(subscription.isRenewal()).isTrue();
    assertThat(subscription.totalMonthsSubscribed()).isEqualTo(14);
    assertThat(subscription.tierName()).isEqualTo("Gold");
    MessageCall call = message.call().orElseThrow();
    assertThat(call.participants()).hasSize(2);
    assertThat(call.endedTimestamp()).contains(Instant.parse("2026-11-28T10:30:00Z"));
    SharedClientTheme theme = message.sharedClientTheme().orElseThrow();
    assertThat(theme.colors()).hasSize(5);
    assertThat(theme.baseMix()).isEqualTo(58);
    assertThat(theme.baseTheme()).contains(BaseThemeType.DARK);
    assertThat(message.attachments().get(1).flags().orElseThrow().contains(AttachmentFlags.IS_CLIP))
        .isTrue();
    assertThat(message.embeds()).hasSize(4);
    assertThat(message.reactions().orElseThrow()).hasSize(2);
    assertThat(message.poll().orElseThrow().answers()).hasSize(3);

    assertWritesBack(json, message);
  }

  @Test
  void unknownFlagBitsAreKeptAndWrittenBack() {
    Message message = roundTrip(load("showcase.json"), Message.class);
    MessageFlags flags = message.flags().orElseThrow();
    assertThat(flags.contains(MessageFlags.CROSSPOSTED.with(MessageFlags.IS_CROSSPOST))).isTrue();
    assertThat(flags.bits()).isEqualTo((1L << 20) | 3);
    assertThat(flags.toString()).isEqualTo("MessageFlags[CROSSPOSTED, IS_CROSSPOST, 0x100000]");
    assertThat(tree(ModelJson.write(message)).get("flags").asLong()).isEqualTo(1048579L);
    assertThat(MessageFlags.of(1L << 15)).isEqualTo(MessageFlags.IS_COMPONENTS_V2);
  }

  @Test
  void unknownEnumValuesAreKept() {
    String json =
        MINIMAL
            .replace("\"type\":0%s}", "\"type\":777%s}")
            .formatted(
                ",\"activity\":{\"type\":99},\"message_reference\":{\"type\":7,"
                    + "\"channel_id\":\"1\"},\"shared_client_theme\":{\"colors\":[],"
                    + "\"gradient_angle\":90,\"base_mix\":0,\"base_theme\":null}");
    Message message = roundTrip(json, Message.class);
    assertThat(message.type().isKnown()).isFalse();
    assertThat(message.type().value()).isEqualTo(777);
    assertThat(message.activity().orElseThrow().type().name()).isEqualTo("UNKNOWN(99)");
    assertThat(message.messageReference().orElseThrow().type().orElseThrow().value()).isEqualTo(7);
    assertThat(message.sharedClientTheme().orElseThrow().baseTheme()).isEmpty();
    JsonNode written = tree(ModelJson.write(message));
    assertThat(written.get("type").asInt()).isEqualTo(777);
    assertThat(written.get("activity").get("type").asInt()).isEqualTo(99);
    assertThat(written.get("message_reference").get("type").asInt()).isEqualTo(7);
  }

  @Test
  void interactionResponseCarriesMetadataAndTheDeprecatedInteraction() {
    String json = load("interaction_response.json");
    Message message = roundTrip(json, Message.class);
    assertThat(message.type()).isEqualTo(MessageType.CHAT_INPUT_COMMAND);
    assertThat(message.flagsOrNone()).isEqualTo(MessageFlags.EPHEMERAL);
    assertThat(message.interactionMetadata().orElseThrow())
        .isInstanceOfSatisfying(
            ApplicationCommandInteractionMetadata.class,
            metadata -> {
              assertThat(metadata.id()).isEqualTo(Id.of(1311234567890150001L));
              assertThat(metadata.user().username()).isEqualTo("human");
              assertThat(metadata.targetUser()).isEmpty();
            });
    @SuppressWarnings("deprecation")
    MessageInteraction interaction = message.interaction().orElseThrow();
    assertThat(interaction.name()).isEqualTo("ping");
    assertThat(interaction.type()).isEqualTo(InteractionType.APPLICATION_COMMAND);
    assertThat(interaction.member().orElseThrow().joinedAt()).isPresent();
    assertWritesBack(json, message);
  }

  @Test
  void requestShapesWriteOnlyWhatIsSet() {
    assertThat(ModelJson.write(MessageReference.reply(Id.of(5))))
        .isEqualTo("{\"message_id\":\"5\"}");
    assertThat(ModelJson.write(MessageReference.forward(Id.of(6), Id.of(5))))
        .isEqualTo("{\"type\":1,\"message_id\":\"5\",\"channel_id\":\"6\"}");
    assertThat(ModelJson.write(AllowedMentions.none())).isEqualTo("{\"parse\":[]}");
    assertThat(
            ModelJson.write(
                AllowedMentions.parse(AllowedMentionType.USERS, AllowedMentionType.EVERYONE)))
        .isEqualTo("{\"parse\":[\"users\",\"everyone\"]}");

    String json =
        "{\"parse\":[\"roles\",\"pets\"],\"users\":[\"18446744073709551615\"],"
            + "\"replied_user\":true}";
    AllowedMentions mentions = roundTrip(json, AllowedMentions.class);
    assertThat(mentions.parse().orElseThrow())
        .containsExactly(AllowedMentionType.ROLES, AllowedMentionType.of("pets"));
    assertThat(mentions.parse().orElseThrow().get(1).isKnown()).isFalse();
    assertThat(mentions.roles()).isEmpty();
    assertThat(mentions.repliedUser()).contains(true);
    assertWritesBack(json, mentions);
  }

  @Test
  void pinsAndSearchResultsWrapMessages() {
    String message = MINIMAL.formatted("");
    String pins =
        "{\"items\":[{\"pinned_at\":\"2026-11-27T00:00:00.000000+00:00\",\"message\":"
            + message
            + "}],\"has_more\":true}";
    ChannelPins page = roundTrip(pins, ChannelPins.class);
    assertThat(page.hasMore()).isTrue();
    assertThat(page.items().getFirst().message().content()).isEqualTo("hi");
    assertThat(page.items().getFirst().pinnedAt()).isEqualTo(Instant.parse("2026-11-27T00:00:00Z"));
    assertWritesBack(pins, page);

    String search =
        "{\"doing_deep_historical_index\":false,\"total_results\":1,\"messages\":[["
            + message
            + "]]}";
    MessageSearchResults results = roundTrip(search, MessageSearchResults.class);
    assertThat(results.totalResults()).isEqualTo(1);
    assertThat(results.documentsIndexed()).isEmpty();
    assertThat(results.messages().getFirst().getFirst().id())
        .isEqualTo(Id.of(1311234567890123457L));
    assertWritesBack(search, results);
  }

  @Test
  void searchResultsCarryTheThreadMembers() {
    String json =
        "{\"doing_deep_historical_index\":false,\"total_results\":0,\"messages\":[],"
            + "\"threads\":[],\"members\":[{\"id\":\"18446744073709551615\","
            + "\"user_id\":\"1101245000000000777\",\"join_timestamp\":\"2026-11-28T10:00:00Z\","
            + "\"flags\":1}]}";
    MessageSearchResults results = roundTrip(json, MessageSearchResults.class);
    assertThat(results.members().orElseThrow().getFirst().id())
        .contains(Id.parse("18446744073709551615"));
    assertThat(tree(ModelJson.write(results))).isEqualTo(tree(json));
  }
}
