package dev.gloam.util.builder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.model.json.ModelJson;
import dev.gloam.validate.ValidationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import tools.jackson.databind.JsonNode;

/** Assertions the builder tests share: JSON as the model's codec writes it, and checked errors. */
public final class BuilderAssertions {
  private BuilderAssertions() {}

  /**
   * Asserts that a value serializes to the expected JSON (compared as trees, so key order is free)
   * and reads back to an equal value.
   */
  public static <T> void assertJson(T value, Class<? super T> type, String expected) {
    String written = ModelJson.write(value);
    JsonNode actual = ModelJson.mapper().readTree(written);
    assertThat(actual).as(written).isEqualTo(ModelJson.mapper().readTree(expected));
    assertThat(ModelJson.read(written, type)).isEqualTo(value);
  }

  /** Asserts that a call fails with a validation error on the given field and rule. */
  public static void fails(ThrowingCallable call, String field, ValidationException.Rule rule) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.rule()).isEqualTo(rule);
            });
  }
}
