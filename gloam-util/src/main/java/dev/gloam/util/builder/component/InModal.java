package dev.gloam.util.builder.component;

import dev.gloam.model.channel.message.component.Component;
import dev.gloam.model.channel.message.component.Label;
import dev.gloam.util.builder.internal.Relative;
import dev.gloam.validate.component.ComponentChecks;
import java.util.List;
import java.util.Optional;

/** Checks an input that lives only in a modal's label with the rules of modals. */
final class InModal {
  private InModal() {}

  static void check(Component input) {
    // gloam-validate checks these inputs as a label's child; a stand-in label gives it one.
    Label label = new Label(Optional.empty(), "-", Optional.empty(), input);
    Relative.check("[0].component", () -> ComponentChecks.modalComponents("", List.of(label)));
  }
}
