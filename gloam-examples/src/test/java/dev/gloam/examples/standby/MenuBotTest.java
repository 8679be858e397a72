package dev.gloam.examples.standby;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.RecordedMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The standby example against the offline Discord: one menu answered, one left to time out. */
class MenuBotTest {
  @Test
  @Timeout(120)
  void oneMenuIsConfirmedAndTheOtherTimesOut() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    List<RecordedMessage> messages =
        MenuBot.runOffline(new PrintStream(buffer, true, StandardCharsets.UTF_8));

    // The menu message itself was edited by the button press; the store keeps its latest text.
    assertThat(messages)
        .extracting(RecordedMessage::content)
        .containsExactly(
            "!menu",
            "You picked apple. React ✅ to confirm.",
            "Confirmed: apple.",
            "!menu 1",
            "Pick a fruit, then react ✅ to confirm.",
            "The menu timed out.");
    assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("bot    Confirmed: apple.");
  }

  @Test
  void aMenuRequestMayAskForItsOwnTimeout() {
    assertThat(MenuBot.menuTimeout("!menu")).contains(Duration.ofMinutes(1));
    assertThat(MenuBot.menuTimeout("!menu 5")).contains(Duration.ofSeconds(5));
    assertThat(MenuBot.menuTimeout("!menu 0")).isEmpty();
    assertThat(MenuBot.menuTimeout("!menu 301")).isEmpty();
    assertThat(MenuBot.menuTimeout("!menu soon")).isEmpty();
    assertThat(MenuBot.menuTimeout("!menus")).isEmpty();
  }
}
