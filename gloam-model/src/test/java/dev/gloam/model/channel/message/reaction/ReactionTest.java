package dev.gloam.model.channel.message.reaction;

import static dev.gloam.model.channel.message.MessagePayloads.assertWritesBack;
import static dev.gloam.model.channel.message.MessagePayloads.load;
import static dev.gloam.model.channel.message.MessagePayloads.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.channel.message.Message;
import dev.gloam.model.id.Id;
import dev.gloam.model.json.ModelJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReactionTest {
  @Test
  void normalAndSuperReactionsAreCountedApart() {
    List<Reaction> reactions =
        roundTrip(load("showcase.json"), Message.class).reactions().orElseThrow();

    Reaction fire = reactions.get(0);
    assertThat(fire.count()).isEqualTo(5);
    assertThat(fire.countDetails()).isEqualTo(new ReactionCountDetails(2, 3));
    assertThat(fire.me()).isTrue();
    assertThat(fire.meBurst()).isFalse();
    assertThat(fire.emoji().id()).isEmpty();
    assertThat(fire.emoji().name()).contains("🔥");
    assertThat(fire.burstColors()).containsExactly("#ff5500", "#ffaa00");

    Reaction custom = reactions.get(1);
    assertThat(custom.emoji().id()).contains(Id.of(41771983429993937L));
    assertThat(custom.emoji().animated()).contains(true);
    assertThat(custom.burstColors()).isEmpty();
  }

  @Test
  void aDeletedEmojiHasNoName() {
    String json =
        "{\"count\":1,\"count_details\":{\"burst\":1,\"normal\":0},\"me\":false,"
            + "\"me_burst\":true,\"emoji\":{\"id\":\"18446744073709551615\",\"name\":null},"
            + "\"burst_colors\":[\"#000000\"]}";
    Reaction reaction = roundTrip(json, Reaction.class);
    assertThat(reaction.emoji().name()).isEmpty();
    assertThat(reaction.meBurst()).isTrue();
    assertWritesBack(json, reaction);
  }

  @Test
  void reactionTypesAreOpen() {
    assertThat(ReactionType.of(0)).isSameAs(ReactionType.NORMAL);
    assertThat(ReactionType.of(1)).isSameAs(ReactionType.BURST);
    assertThat(ReactionType.of(9).isKnown()).isFalse();
    assertThat(ModelJson.write(ReactionType.of(9))).isEqualTo("9");
    assertThat(ModelJson.read("1", ReactionType.class)).isEqualTo(ReactionType.BURST);
  }
}
