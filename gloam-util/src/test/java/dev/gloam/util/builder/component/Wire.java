package dev.gloam.util.builder.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.model.json.ModelJson;
import dev.gloam.validate.ValidationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on what a builder puts on the wire and on how it refuses bad input. */
final class Wire {
  private Wire() {}

  /** Asserts that a value serializes to this JSON (key order aside) and reads back equal. */
  static <T> void assertJson(T value, Class<? super T> type, String expected) {
    String written = ModelJson.write(value);
    assertThat(ModelJson.mapper().readTree(written))
        .as(written)
        .isEqualTo(ModelJson.mapper().readTree(expected));
    assertThat(ModelJson.read(written, type)).isEqualTo(value);
  }

  /** Asserts that a call throws a {@link ValidationException} for this field and rule. */
  static void fails(ThrowingCallable call, String field, ValidationException.Rule rule) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.rule()).isEqualTo(rule);
            });
  }
}
