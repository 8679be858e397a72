package dev.gloam.validate.message;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.model.channel.message.AllowedMentionType;
import dev.gloam.model.channel.message.AllowedMentions;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.ValidationException.Rule;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

public class MessageChecksTest {
  /** Creates the test; the other checks' tests use {@link #fails}. */
  public MessageChecksTest() {}

  public static void fails(Runnable call, String field, Rule rule) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo(field);
              org.assertj.core.api.Assertions.assertThat(e.rule()).isEqualTo(rule);
            });
  }

  @Test
  void content() {
    assertThatCode(() -> MessageChecks.content("x".repeat(2000))).doesNotThrowAnyException();
    fails(() -> MessageChecks.content("x".repeat(2001)), "content", Rule.TOO_LONG);
  }

  @Test
  void nonce() {
    assertThatCode(() -> MessageChecks.nonce("x".repeat(25))).doesNotThrowAnyException();
    fails(() -> MessageChecks.nonce("x".repeat(26)), "nonce", Rule.TOO_LONG);
  }

  @Test
  void stickers() {
    assertThatCode(() -> MessageChecks.stickerIds(List.of(1, 2, 3))).doesNotThrowAnyException();
    fails(() -> MessageChecks.stickerIds(List.of(1, 2, 3, 4)), "sticker_ids", Rule.TOO_MANY);
  }

  @Test
  void attachmentDescription() {
    assertThatCode(() -> MessageChecks.attachmentDescription("d", "x".repeat(1024)))
        .doesNotThrowAnyException();
    fails(() -> MessageChecks.attachmentDescription("d", "x".repeat(1025)), "d", Rule.TOO_LONG);
  }

  @Test
  void bulkDelete() {
    assertThatCode(() -> MessageChecks.bulkDelete(List.of(1, 2))).doesNotThrowAnyException();
    assertThatCode(() -> MessageChecks.bulkDelete(Collections.nCopies(100, 1)))
        .doesNotThrowAnyException();
    fails(() -> MessageChecks.bulkDelete(List.of(1)), "messages", Rule.TOO_FEW);
    fails(() -> MessageChecks.bulkDelete(Collections.nCopies(101, 1)), "messages", Rule.TOO_MANY);
  }

  @Test
  void autocompleteChoices() {
    assertThatCode(() -> MessageChecks.autocompleteChoices(Collections.nCopies(25, 1)))
        .doesNotThrowAnyException();
    fails(
        () -> MessageChecks.autocompleteChoices(Collections.nCopies(26, 1)),
        "data.choices",
        Rule.TOO_MANY);
  }

  @Test
  void allowedMentions() {
    List<Id<UserMarker>> hundredUsers =
        LongStream.rangeClosed(1, 100).mapToObj(Id::<UserMarker>of).toList();
    List<Id<RoleMarker>> hundredOneRoles =
        LongStream.rangeClosed(1, 101).mapToObj(Id::<RoleMarker>of).toList();
    assertThatCode(
            () ->
                MessageChecks.allowedMentions(
                    new AllowedMentions(
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(hundredUsers),
                        Optional.empty())))
        .doesNotThrowAnyException();
    fails(
        () ->
            MessageChecks.allowedMentions(
                new AllowedMentions(
                    Optional.empty(),
                    Optional.of(hundredOneRoles),
                    Optional.empty(),
                    Optional.empty())),
        "allowed_mentions.roles",
        Rule.TOO_MANY);
    fails(
        () ->
            MessageChecks.allowedMentions(
                new AllowedMentions(
                    Optional.of(List.of(AllowedMentionType.USERS)),
                    Optional.empty(),
                    Optional.of(List.of(Id.of(1))),
                    Optional.empty())),
        "allowed_mentions.users",
        Rule.NOT_ALLOWED);
  }

  @Test
  void aMessageNeedsSomething() {
    assertThatCode(() -> MessageChecks.notEmpty(false, false, false, false, false, true))
        .doesNotThrowAnyException();
    fails(
        () -> MessageChecks.notEmpty(false, false, false, false, false, false),
        "content",
        Rule.MISSING);
  }
}
