package dev.gloam.model.guild.auditlog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.json.ModelJson;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One field that an audit logged action changed. Maps Discord's "Audit Log Change Object"
 * (resources/audit-log).
 *
 * <p>The values have the type of the changed field, which depends on the key and on the kind of
 * object, so they are kept as JSON trees and written back exactly as read, an explicit {@code null}
 * included. {@link #newValueAs(Class)} and {@link #oldValueAs(Class)} read them as model types.
 *
 * <pre>{@code
 * if (change.changeKey().equals(AuditLogChangeKey.NICK)) {
 *   Optional<String> nick = change.newValueAs(String.class);
 * }
 * }</pre>
 *
 * @param key the name of the changed field, with a few exceptions (see {@link AuditLogChangeKey});
 *     empty if Discord sent none
 * @param newValue the value after the change; absent when the field was reset or set to {@code
 *     null}
 * @param oldValue the value before the change; absent when the field was {@code null} before
 */
@JsonDeserialize(using = AuditLogChangeDeserializer.class)
public record AuditLogChange(
    String key,
    @JsonInclude(Include.NON_ABSENT) Optional<JsonNode> newValue,
    @JsonInclude(Include.NON_ABSENT) Optional<JsonNode> oldValue) {

  /**
   * Returns the key as an open enum.
   *
   * @return the key, named if gloam knows it
   */
  public AuditLogChangeKey changeKey() {
    return AuditLogChangeKey.of(key);
  }

  /**
   * Reads the new value as a model type.
   *
   * @param type the type to read, such as {@code String.class} or {@code Permissions.class}
   * @param <T> the type
   * @return the value, or empty if absent or {@code null}
   * @throws dev.gloam.model.json.ModelJsonException if the value is not of that type
   */
  public <T> Optional<T> newValueAs(Class<T> type) {
    return as(newValue, type);
  }

  /**
   * Reads the old value as a model type.
   *
   * @param type the type to read, such as {@code String.class} or {@code Permissions.class}
   * @param <T> the type
   * @return the value, or empty if absent or {@code null}
   * @throws dev.gloam.model.json.ModelJsonException if the value is not of that type
   */
  public <T> Optional<T> oldValueAs(Class<T> type) {
    return as(oldValue, type);
  }

  /**
   * Reads the roles of an {@link AuditLogChangeKey#ADD_ROLES} or {@link
   * AuditLogChangeKey#REMOVE_ROLES} change, which Discord lists in the new value.
   *
   * @return the roles, or an empty list if the new value is not an array
   * @throws dev.gloam.model.json.ModelJsonException if an element is not a partial role
   */
  public List<AuditLogPartialRole> roles() {
    return newValue.filter(JsonNode::isArray).stream()
        .flatMap(array -> array.valueStream())
        .map(role -> ModelJson.read(role, AuditLogPartialRole.class))
        .toList();
  }

  private static <T> Optional<T> as(Optional<JsonNode> value, Class<T> type) {
    return value.filter(node -> !node.isNull()).map(node -> ModelJson.read(node, type));
  }
}
