package dev.gloam.testkit.internal.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.internal.json.Json;
import dev.gloam.testkit.internal.world.Member;
import dev.gloam.testkit.internal.world.User;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

class MemberListJsonTest {

  @Test
  void writesWhatTheMemberTreeSays() {
    Instant joined = Instant.parse("2025-03-04T05:06:07.123456Z");
    List<Member> members =
        List.of(
            new Member(new User(1, "gloam-bot", null, true), joined),
            new Member(new User(2, "alice", "Alice \"A\" ✨", false), joined)
                .withNick("the \\ boss\n")
                .withRoles(List.of(10L, 11L))
                .withTimeout(Instant.parse("2030-01-01T00:00:00Z"))
                .withVoice(true, true),
            new Member(new User(-1L, "max", null, false), joined.plusSeconds(1)),
            new Member(
                new User(3, "flagged", null, false),
                joined,
                null,
                List.of(),
                null,
                false,
                false,
                2));
    ArrayNode expected = Json.array();
    members.forEach(member -> expected.add(member.toJson()));

    String text = new MemberListJson().write(members);

    JsonNode parsed = Json.parse(text).orElseThrow();
    assertThat(parsed).isEqualTo(expected);
    assertThat(parsed.get(2).path("user").path("id").asString()).isEqualTo("18446744073709551615");
    assertThat(new MemberListJson().write(List.of())).isEqualTo("[]");
  }
}
