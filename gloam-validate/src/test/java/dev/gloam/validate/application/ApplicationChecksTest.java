package dev.gloam.validate.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.model.application.ApplicationRoleConnectionMetadata;
import dev.gloam.model.application.ApplicationRoleConnectionMetadataType;
import dev.gloam.validate.ValidationException;
import dev.gloam.validate.ValidationException.Rule;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApplicationChecksTest {
  static void fails(Runnable check, String field, Rule rule) {
    assertThatThrownBy(check::run)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.rule()).isEqualTo(rule);
            });
  }

  static ApplicationRoleConnectionMetadata record(String key, String name, String description) {
    return new ApplicationRoleConnectionMetadata(
        ApplicationRoleConnectionMetadataType.INTEGER_LESS_THAN_OR_EQUAL,
        key,
        name,
        Optional.empty(),
        description,
        Optional.empty());
  }

  @Test
  void tagsAndUrls() {
    assertThatCode(() -> ApplicationChecks.tags(Collections.nCopies(5, "t".repeat(20))))
        .doesNotThrowAnyException();
    fails(() -> ApplicationChecks.tags(Collections.nCopies(6, "t")), "tags", Rule.TOO_MANY);
    fails(() -> ApplicationChecks.tags(List.of("t".repeat(21))), "tags[0]", Rule.TOO_LONG);
    assertThatCode(() -> ApplicationChecks.url("custom_install_url", "u".repeat(2048)))
        .doesNotThrowAnyException();
    fails(
        () -> ApplicationChecks.url("custom_install_url", "u".repeat(2049)),
        "custom_install_url",
        Rule.TOO_LONG);
  }

  @Test
  void roleConnectionMetadata() {
    var ok = record("k".repeat(50), "n".repeat(100), "d".repeat(200));
    assertThatCode(() -> ApplicationChecks.roleConnectionMetadata(Collections.nCopies(5, ok)))
        .doesNotThrowAnyException();
    fails(
        () -> ApplicationChecks.roleConnectionMetadata(Collections.nCopies(6, ok)),
        "metadata",
        Rule.TOO_MANY);
    fails(
        () -> ApplicationChecks.roleConnectionMetadata(List.of(record("k".repeat(51), "n", "d"))),
        "[0].key",
        Rule.TOO_LONG);
    fails(
        () -> ApplicationChecks.roleConnectionMetadata(List.of(record("Wins", "n", "d"))),
        "[0].key",
        Rule.MALFORMED);
    fails(
        () -> ApplicationChecks.roleConnectionMetadata(List.of(record("k", "n".repeat(101), "d"))),
        "[0].name",
        Rule.TOO_LONG);
    fails(
        () -> ApplicationChecks.roleConnectionMetadata(List.of(record("k", "n", "d".repeat(201)))),
        "[0].description",
        Rule.TOO_LONG);
    fails(
        () -> ApplicationChecks.roleConnectionMetadata(List.of(record("k", "", "d"))),
        "[0].name",
        Rule.TOO_SHORT);
  }
}
