package dev.gloam.testkit.internal.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OperationTableTest {

  static final OperationTable TABLE = OpenApi.shared().operations();

  static OperationTable.Found found(String method, String path) {
    OperationTable.Lookup lookup = TABLE.lookup(method, path);
    assertThat(lookup).isInstanceOf(OperationTable.Found.class);
    return (OperationTable.Found) lookup;
  }

  @Test
  void literalSegmentsWinOverPlaceholders() {
    assertThat(found("GET", "/users/@me").operation().operationId()).isEqualTo("get_my_user");
    OperationTable.Found user = found("GET", "/users/80351110224678912");
    assertThat(user.operation().operationId()).isEqualTo("get_user");
    assertThat(user.parameters()).isEqualTo(Map.of("user_id", "80351110224678912"));
    assertThat(found("GET", "/webhooks/1/tok/messages/@original").operation().operationId())
        .isEqualTo("get_original_webhook_message");
    assertThat(found("GET", "/webhooks/1/tok/messages/2").operation().operationId())
        .isEqualTo("get_webhook_message");
  }

  @Test
  void placeholderValuesArePercentDecoded() {
    OperationTable.Found reaction =
        found("PUT", "/channels/1/messages/2/reactions/%F0%9F%91%8D/@me");
    assertThat(reaction.operation().operationId()).isEqualTo("add_my_message_reaction");
    assertThat(reaction.parameters()).containsEntry("emoji_name", "\uD83D\uDC4D");
  }

  @Test
  void wrongMethodAndUnknownPathAreTold() {
    assertThat(TABLE.lookup("DELETE", "/users/@me")).isInstanceOf(OperationTable.WrongMethod.class);
    assertThat(TABLE.lookup("GET", "/nothing/here")).isInstanceOf(OperationTable.NotFound.class);
    assertThat(TABLE.lookup("GET", "/channels/1/")).isInstanceOf(OperationTable.NotFound.class);
  }

  @Test
  void everyTemplateRoutesToItsOwnOperation() {
    for (Operation operation : TABLE.operations()) {
      String path = operation.path().text().replaceAll("\\{[^}]+}", "7");
      // A filled placeholder may be taken by a literal sibling only if the literal is "7".
      assertThat(found(operation.method(), path).operation()).as(path).isEqualTo(operation);
    }
  }

  @Test
  void operationsCarryTheirShape() {
    Operation create = TABLE.byId("create_message").orElseThrow();
    assertThat(create.method()).isEqualTo("POST");
    assertThat(create.path().text()).isEqualTo("/channels/{channel_id}/messages");
    assertThat(create.requestBodies().keySet())
        .contains(Operation.JSON, Operation.MULTIPART, Operation.FORM);
    assertThat(create.successStatus()).isEqualTo(200);
    assertThat(create.security()).isEqualTo(new Security(false, true, false));
    Operation typing = TABLE.byId("delete_message").orElseThrow();
    assertThat(typing.successStatus()).isEqualTo(204);
    assertThat(typing.successSchema()).isEmpty();
    assertThat(TABLE.byId("get_gateway").orElseThrow().security().anonymous()).isTrue();
    assertThat(TABLE.byId("get_my_guild_member").orElseThrow().security())
        .isEqualTo(new Security(false, false, true));
    Operation search = TABLE.byId("search_guild_members").orElseThrow();
    assertThat(search.queryParameters())
        .anySatisfy(p -> assertThat(p.name().equals("query") && p.required()).isTrue());
  }

  @Test
  void specificityComparesAtTheFirstDifference() {
    PathTemplate me = PathTemplate.parse("/users/@me");
    PathTemplate user = PathTemplate.parse("/users/{user_id}");
    assertThat(me.compareSpecificity(user)).isNegative();
    assertThat(user.compareSpecificity(me)).isPositive();
    assertThat(user.placeholders()).containsExactly("user_id");
  }
}
