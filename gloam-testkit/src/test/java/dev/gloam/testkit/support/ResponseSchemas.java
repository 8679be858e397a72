package dev.gloam.testkit.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.testkit.internal.openapi.OpenApi;
import dev.gloam.testkit.internal.openapi.OperationTable;
import dev.gloam.testkit.internal.openapi.SchemaValidator;
import dev.gloam.testkit.internal.openapi.SchemaValidator.Values;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;

/**
 * Checks stateful answers against the success schema of their operation in Discord's description,
 * so that a route written by hand stays as valid as the generated ones.
 */
public final class ResponseSchemas {

  private static final SchemaValidator VALIDATOR = new SchemaValidator(OpenApi.shared());

  private ResponseSchemas() {}

  /**
   * Asserts that a 2xx JSON answer is valid under its operation's success schema.
   *
   * @param method the HTTP method sent
   * @param apiPath the path below {@code /api/v10}, without the query
   * @param response the answer
   * @return the parsed body
   */
  public static JsonNode assertValid(String method, String apiPath, HttpResponse<String> response) {
    assertThat(response.statusCode())
        .as(method + " " + apiPath + " -> " + response.body())
        .isBetween(200, 299);
    JsonNode body = RestClient.json(response);
    OperationTable.Lookup lookup = OpenApi.shared().operations().lookup(method, apiPath);
    assertThat(lookup)
        .as("operation of " + method + " " + apiPath)
        .isInstanceOf(OperationTable.Found.class);
    OperationTable.Found found = (OperationTable.Found) lookup;
    found
        .operation()
        .successSchema()
        .ifPresent(
            schema ->
                assertThat(VALIDATOR.validate(body, schema, "", Values.JSON))
                    .as("schema errors of " + method + " " + apiPath)
                    .isEmpty());
    return body;
  }
}
