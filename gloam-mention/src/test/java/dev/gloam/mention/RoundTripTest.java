package dev.gloam.mention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.id.Id;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@code parse(format(m)) == m} for every kind, with random ids, names and times. */
class RoundTripTest {
  private static final String EMOJI_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
  private static final String[] COMMAND_WORDS = {
    "ping", "ban-user", "it's", "x_1", "привет", "नमस्ते", "สวัสดี", "日本語", "a".repeat(32)
  };

  private final SplittableRandom random = new SplittableRandom(20250808L);

  @Test
  void everyKindParsesBackToItself() {
    for (int i = 0; i < 2_000; i++) {
      for (Mention mention : oneOfEach()) {
        String markup = mention.format();
        assertThat(Mention.parse(markup)).as(markup).isEqualTo(mention);
        assertThat(mention.toString()).isEqualTo(markup);
      }
    }
  }

  @Test
  void typedParsersRoundTripToo() {
    for (int i = 0; i < 200; i++) {
      List<Mention> mentions = oneOfEach();
      for (Mention mention : mentions) {
        Mention again =
            switch (mention) {
              case UserMention m -> UserMention.parse(m.format());
              case ChannelMention m -> ChannelMention.parse(m.format());
              case RoleMention m -> RoleMention.parse(m.format());
              case EmojiMention m -> EmojiMention.parse(m.format());
              case CommandMention m -> CommandMention.parse(m.format());
              case TimestampMention m -> TimestampMention.parse(m.format());
              case GuildNavigationMention m -> GuildNavigationMention.parse(m.format());
              case EveryoneMention m -> EveryoneMention.parse(m.format());
            };
        assertThat(again).isEqualTo(mention);
      }
    }
  }

  @Test
  void theScannerFindsEachMentionWhereItWasWritten() {
    for (int i = 0; i < 200; i++) {
      StringBuilder text = new StringBuilder();
      List<FoundMention<Mention>> written = new ArrayList<>();
      for (Mention mention : oneOfEach()) {
        text.append(filler());
        int start = text.length();
        text.append(mention.format());
        written.add(new FoundMention<>(mention, start, text.length()));
      }
      text.append(filler());
      assertThat(MentionScanner.scan(text.toString())).containsExactlyElementsOf(written);
    }
  }

  private List<Mention> oneOfEach() {
    List<Mention> mentions = new ArrayList<>();
    mentions.add(new UserMention(id(), random.nextBoolean()));
    mentions.add(new ChannelMention(id()));
    mentions.add(new RoleMention(id()));
    mentions.add(new EmojiMention(emojiName(), id(), random.nextBoolean()));
    mentions.add(command());
    mentions.add(timestamp());
    GuildNavigationType type = pick(GuildNavigationType.values());
    mentions.add(
        new GuildNavigationMention(
            type,
            type == GuildNavigationType.LINKED_ROLES && random.nextBoolean()
                ? Optional.of(id())
                : Optional.empty()));
    mentions.add(pick(EveryoneMention.values()));
    return mentions;
  }

  /** Any non-zero 64-bit value, half of them above Long.MAX_VALUE when read unsigned. */
  private <M> Id<M> id() {
    long value;
    do {
      value = random.nextBoolean() ? random.nextLong() : random.nextLong(1, 1L << 20);
    } while (value == 0);
    return Id.of(value);
  }

  private String emojiName() {
    int length = random.nextInt(1, 33);
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < length; i++) {
      name.append(EMOJI_CHARS.charAt(random.nextInt(EMOJI_CHARS.length())));
    }
    return name.toString();
  }

  private CommandMention command() {
    String name = pick(COMMAND_WORDS);
    return switch (random.nextInt(3)) {
      case 0 -> Mentions.command(name, id());
      case 1 -> Mentions.command(name, pick(COMMAND_WORDS), id());
      default -> Mentions.command(name, pick(COMMAND_WORDS), pick(COMMAND_WORDS), id());
    };
  }

  private TimestampMention timestamp() {
    long seconds =
        switch (random.nextInt(4)) {
          case 0 -> 0;
          case 1 -> random.nextLong(-1L << 40, 1L << 40);
          case 2 -> random.nextLong(java.time.Instant.MIN.getEpochSecond(), 0);
          default -> random.nextLong(0, java.time.Instant.MAX.getEpochSecond() + 1);
        };
    Optional<TimestampStyle> style =
        random.nextInt(5) == 0 ? Optional.empty() : Optional.of(pick(TimestampStyle.values()));
    return new TimestampMention(seconds, style);
  }

  /**
   * Text between mentions that holds no mention: prose, surrogate pairs, and stray openings that
   * run into the next mention without spoiling it.
   */
  private String filler() {
    String[] pieces = {"", " ", "hi ", "🪴", "a < b > c", "<", "@", "<@", "x:", "日本 ", "\n"};
    StringBuilder text = new StringBuilder();
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      text.append(pick(pieces));
    }
    return text.toString();
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
