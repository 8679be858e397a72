package dev.gloam.model.channel.message;

import static dev.gloam.model.channel.message.MessagePayloads.assertWritesBack;
import static dev.gloam.model.channel.message.MessagePayloads.load;
import static dev.gloam.model.channel.message.MessagePayloads.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.application.ApplicationIntegrationType;
import dev.gloam.model.application.interaction.InteractionType;
import dev.gloam.model.id.Id;
import dev.gloam.model.json.ModelJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

class MessageInteractionMetadataTest {
  private static List<MessageInteractionMetadata> read(String json) {
    return ModelJson.mapper().readValue(json, new TypeReference<>() {});
  }

  @Test
  void everyVariantAndAnUnknownOneSurviveARoundTrip() {
    String json = load("interaction_metadata.json");
    List<MessageInteractionMetadata> all = read(json);
    assertThat(all).hasSize(5);

    assertThat(all.get(0))
        .isInstanceOfSatisfying(
            ApplicationCommandInteractionMetadata.class,
            user -> {
              assertThat(user.type()).isEqualTo(InteractionType.APPLICATION_COMMAND);
              assertThat(user.authorizingIntegrationOwners())
                  .containsExactly(
                      Map.entry(ApplicationIntegrationType.GUILD_INSTALL, "1101245000000000001"));
              assertThat(user.targetUser().orElseThrow().username()).isEqualTo("other");
              assertThat(user.targetMessageId()).isEmpty();
              assertThat(user.originalResponseMessageId()).isEmpty();
            });
    assertThat(all.get(1))
        .isInstanceOfSatisfying(
            ApplicationCommandInteractionMetadata.class,
            message -> {
              assertThat(message.authorizingIntegrationOwners())
                  .containsEntry(ApplicationIntegrationType.USER_INSTALL, "1101245000000000777");
              assertThat(message.targetMessageId()).contains(Id.of(1311234567890120000L));
              assertThat(message.originalResponseMessageId()).contains(Id.of(1311234567890150100L));
            });
    assertThat(all.get(2))
        .isInstanceOfSatisfying(
            MessageComponentInteractionMetadata.class,
            component -> {
              assertThat(component.type()).isEqualTo(InteractionType.MESSAGE_COMPONENT);
              assertThat(component.interactedMessageId()).isEqualTo(Id.of(1311234567890150200L));
            });
    assertThat(all.get(3))
        .isInstanceOfSatisfying(
            ModalSubmitInteractionMetadata.class,
            modal -> {
              assertThat(modal.type()).isEqualTo(InteractionType.MODAL_SUBMIT);
              assertThat(modal.triggeringInteractionMetadata()).isEqualTo(all.get(2));
            });
    assertThat(all.get(4))
        .isInstanceOfSatisfying(
            UnknownInteractionMetadata.class,
            unknown -> {
              assertThat(unknown.type()).isEqualTo(InteractionType.of(42));
              assertThat(unknown.raw().get("something_new").get("nested").size()).isEqualTo(3);
            });

    String written = ModelJson.write(all);
    assertThat(read(written)).isEqualTo(all);
    // Each variant writes its type; the unknown one is written back byte for byte.
    JsonNode writtenTree = tree(written);
    assertThat(writtenTree.get(0).get("type").asInt()).isEqualTo(2);
    assertThat(writtenTree.get(2).get("type").asInt()).isEqualTo(3);
    assertThat(writtenTree.get(3).get("type").asInt()).isEqualTo(5);
    assertThat(writtenTree.get(4)).isEqualTo(tree(json).get(4));
    assertWritesBack(
        "[" + tree(json).get(0) + "," + tree(json).get(3) + "]", List.of(all.get(0), all.get(3)));
  }

  @Test
  void aMissingOrNonNumericTypeIsUnknown() {
    List<MessageInteractionMetadata> odd = read("[{\"id\":\"1\"},{\"id\":\"2\",\"type\":\"2\"}]");
    assertThat(odd).allSatisfy(m -> assertThat(m).isInstanceOf(UnknownInteractionMetadata.class));
    assertThat(odd.get(0).type().value()).isZero();
    assertThat(ModelJson.write(odd)).isEqualTo("[{\"id\":\"1\"},{\"id\":\"2\",\"type\":\"2\"}]");
  }
}
