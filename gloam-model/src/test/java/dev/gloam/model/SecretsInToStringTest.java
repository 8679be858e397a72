package dev.gloam.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.id.Id;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tokens and secrets never appear in {@code toString()}: every model record with a component that
 * holds one declares its own {@code toString()} (the generated one would print it).
 */
class SecretsInToStringTest {
  private static boolean holdsSecret(RecordComponent component) {
    String name = component.getName().toLowerCase(Locale.ROOT);
    return name.equals("token")
        || name.endsWith("token")
        || name.equals("secret")
        || name.endsWith("secret")
        || name.equals("join")
        || name.equals("spectate")
        || name.equals("match");
  }

  @Test
  void recordsWithSecretsOverrideToString() throws IOException, URISyntaxException {
    Path classes = Path.of(Id.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> leaking = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
        if (name.equals("module-info") || name.endsWith("package-info")) {
          continue;
        }
        Class<?> type;
        try {
          type = Class.forName(name, false, Id.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
        if (!type.isRecord()) {
          continue;
        }
        boolean secret = false;
        for (RecordComponent component : type.getRecordComponents()) {
          secret |= holdsSecret(component);
        }
        if (!secret) {
          continue;
        }
        checked++;
        try {
          type.getDeclaredMethod("toString");
        } catch (NoSuchMethodException e) {
          leaking.add(type.getName());
        }
      }
    }
    assertThat(checked).as("records with secrets found").isGreaterThan(3);
    assertThat(leaking).as("records whose generated toString() would print a secret").isEmpty();
  }
}
