package dev.gloam.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

class UnionDeserializerTest {
  @JsonDeserialize(using = ShapeDeserializer.class)
  sealed interface Shape permits Circle, Square, UnknownShape {
    @JsonProperty("type")
    int type();
  }

  @JsonDeserialize(using = ValueDeserializer.None.class)
  record Circle(double radius) implements Shape {
    @Override
    public int type() {
      return 1;
    }
  }

  @JsonDeserialize(using = ValueDeserializer.None.class)
  record Square(double side) implements Shape {
    @Override
    public int type() {
      return 2;
    }
  }

  record UnknownShape(@JsonValue JsonNode raw) implements Shape {
    @Override
    public int type() {
      return raw.path("type").asInt();
    }
  }

  static final class ShapeDeserializer extends UnionDeserializer<Shape> {
    ShapeDeserializer() {
      super(Shape.class, "type");
    }

    @Override
    protected Class<? extends Shape> variant(JsonNode value) {
      return switch (value.asInt(0)) {
        case 1 -> Circle.class;
        case 2 -> Square.class;
        default -> null;
      };
    }

    @Override
    protected Shape unknown(JsonNode raw) {
      return new UnknownShape(raw);
    }
  }

  record Drawing(List<Shape> shapes) {}

  @Test
  void readsEachVariantAndKeepsUnknownOnesRaw() {
    String json =
        "{\"shapes\":[{\"type\":1,\"radius\":2.0},{\"type\":2,\"side\":3.0},"
            + "{\"type\":99,\"sides\":7,\"nested\":{\"a\":[1,2]}}]}";
    Drawing drawing = ModelJson.read(json, Drawing.class);
    assertThat(drawing.shapes().get(0)).isEqualTo(new Circle(2.0));
    assertThat(drawing.shapes().get(1)).isEqualTo(new Square(3.0));
    assertThat(drawing.shapes().get(2)).isInstanceOf(UnknownShape.class);
    assertThat(drawing.shapes().get(2).type()).isEqualTo(99);

    String written = ModelJson.write(drawing);
    assertThat(ModelJson.mapper().readTree(written)).isEqualTo(ModelJson.mapper().readTree(json));
    assertThat(ModelJson.read(written, Drawing.class)).isEqualTo(drawing);
  }
}
