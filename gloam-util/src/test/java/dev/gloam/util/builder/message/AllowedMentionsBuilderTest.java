package dev.gloam.util.builder.message;

import static dev.gloam.util.builder.BuilderAssertions.assertJson;
import static dev.gloam.util.builder.BuilderAssertions.fails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.channel.message.AllowedMentionType;
import dev.gloam.model.channel.message.AllowedMentions;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.RoleMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.validate.ValidationException.Rule;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Allowed mentions as resources/message, "Allowed Mentions Object", describes them. */
class AllowedMentionsBuilderTest {
  static final Id<UserMarker> ALICE = Id.of(80_351_110_224_678_912L);
  static final Id<RoleMarker> MODS = Id.of(41_771_983_423_143_936L);

  @Test
  void kindsAndListsAreExactlyTheModelObject() {
    AllowedMentions mentions =
        new AllowedMentionsBuilder()
            .parse(AllowedMentionType.EVERYONE, AllowedMentionType.ROLES, AllowedMentionType.ROLES)
            .users(ALICE, ALICE)
            .repliedUser(true)
            .build();
    assertThat(mentions)
        .isEqualTo(
            new AllowedMentions(
                Optional.of(List.of(AllowedMentionType.EVERYONE, AllowedMentionType.ROLES)),
                Optional.empty(),
                Optional.of(List.of(ALICE)),
                Optional.of(true)));
    assertJson(
        mentions,
        AllowedMentions.class,
        """
        {"parse": ["everyone", "roles"], "users": ["80351110224678912"], "replied_user": true}
        """);
  }

  @Test
  void nothingSetAndNoneAtAll() {
    assertJson(new AllowedMentionsBuilder().build(), AllowedMentions.class, "{}");
    assertThat(new AllowedMentionsBuilder().parse().build()).isEqualTo(AllowedMentions.none());
    assertJson(
        new AllowedMentionsBuilder().roles(List.of(MODS)).parse(AllowedMentionType.USERS).build(),
        AllowedMentions.class,
        "{\"parse\": [\"users\"], \"roles\": [\"41771983423143936\"]}");
  }

  @Test
  void aKindIsNotParsedAndListedAtOnce() {
    fails(
        () -> new AllowedMentionsBuilder().parse(AllowedMentionType.USERS).users(ALICE).build(),
        "allowed_mentions.users",
        Rule.NOT_ALLOWED);
    fails(
        () -> new AllowedMentionsBuilder().roles(MODS).parse(AllowedMentionType.ROLES).build(),
        "allowed_mentions.roles",
        Rule.NOT_ALLOWED);
  }

  @Test
  void atMostOneHundredIdsOfEachKind() {
    List<Id<UserMarker>> hundred =
        LongStream.rangeClosed(1, 100).mapToObj(Id::<UserMarker>of).toList();
    assertThat(new AllowedMentionsBuilder().users(hundred).build().users()).hasValue(hundred);
    fails(
        () -> new AllowedMentionsBuilder().users(hundred).users(Id.of(101)).build(),
        "allowed_mentions.users",
        Rule.TOO_MANY);
    List<Id<RoleMarker>> roles =
        LongStream.rangeClosed(1, 101).mapToObj(Id::<RoleMarker>of).toList();
    fails(
        () -> new AllowedMentionsBuilder().roles(roles).build(),
        "allowed_mentions.roles",
        Rule.TOO_MANY);
  }
}
