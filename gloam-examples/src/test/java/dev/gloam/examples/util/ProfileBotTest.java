package dev.gloam.examples.util;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.application.command.ApplicationCommand;
import dev.gloam.model.application.command.CommandOptionType;
import dev.gloam.testkit.InteractionResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The util example against the offline Discord: a built command, card and poll go over the wire.
 */
class ProfileBotTest {
  @Test
  void theCommandIsBuiltWithItsUserOption() {
    ApplicationCommand command = ProfileBot.profileCommand();

    assertThat(command.name()).isEqualTo("profile");
    assertThat(command.options().orElseThrow())
        .singleElement()
        .satisfies(option -> assertThat(option.type()).isEqualTo(CommandOptionType.USER));
  }

  @Test
  @Timeout(120)
  void theHumanGetsAPrivateCardAndAPoll() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    InteractionResponse card =
        ProfileBot.runOffline(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    String printed = buffer.toString(StandardCharsets.UTF_8);

    assertThat(card.type()).isEqualTo(InteractionResponse.CHANNEL_MESSAGE_WITH_SOURCE);
    assertThat(card.ephemeral()).isTrue();
    assertThat(card.json())
        .contains("\"embeds\"", "Account created", "<t:", ":R>")
        .containsPattern("https://cdn\\.discordapp\\.com/(avatars|embed/avatars)/")
        .containsPattern("https://discord\\.com/channels/\\d+/\\d+")
        .contains("\"allowed_mentions\"");
    assertThat(printed).contains("\"poll\"", "Pizza", "Salad", "Soup");
  }
}
