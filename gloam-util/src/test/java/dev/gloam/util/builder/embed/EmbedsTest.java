package dev.gloam.util.builder.embed;

import static dev.gloam.util.builder.BuilderAssertions.fails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.model.channel.message.embed.Embed;
import dev.gloam.validate.ValidationException.Rule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The embeds of one message: at most ten, at most 6000 characters together. */
class EmbedsTest {
  private static Embed described(int characters) {
    return new EmbedBuilder().description("d".repeat(characters)).build();
  }

  @Test
  void aListWithinTheTotalIsReturnedImmutable() {
    List<Embed> embeds = Embeds.of(described(4000), described(2000));
    assertThat(embeds).hasSize(2);
    assertThatThrownBy(() -> embeds.add(described(1)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(Embeds.of(Collections.nCopies(10, described(600)))).hasSize(10);
  }

  @Test
  void theTotalCountsAcrossEmbeds() {
    Embed titled = new EmbedBuilder().title("t".repeat(200)).footer("f".repeat(100)).build();
    assertThat(Embeds.length(titled)).isEqualTo(300);
    fails(() -> Embeds.of(described(4000), described(2000), titled), "embeds", Rule.TOO_LONG);
  }

  @Test
  void refusesMoreThanTenAndHoles() {
    fails(() -> Embeds.of(Collections.nCopies(11, described(1))), "embeds", Rule.TOO_MANY);
    List<Embed> withNull = new ArrayList<>(List.of(described(1)));
    withNull.add(null);
    fails(() -> Embeds.of(withNull), "embeds[1]", Rule.MISSING);
    fails(() -> Embeds.of((List<Embed>) null), "embeds", Rule.MISSING);
  }
}
