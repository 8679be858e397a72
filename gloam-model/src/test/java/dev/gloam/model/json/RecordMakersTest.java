package dev.gloam.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gloam.model.gateway.OpCode;
import dev.gloam.model.user.User;
import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A maker builds the same record as the constructor, and refuses what the constructor refuses. */
class RecordMakersTest {

  /** Every kind of parameter a maker casts or unboxes. */
  public record Everything(
      boolean flag,
      byte tiny,
      short small,
      char letter,
      int count,
      long id,
      float ratio,
      double share,
      String name,
      Optional<String> nick,
      int[] numbers,
      List<String> tags,
      Object anything) {}

  private record Hidden(int value) {}

  private static Constructor<?> canonical(Class<? extends Record> type) throws Exception {
    Class<?>[] types =
        java.util.Arrays.stream(type.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getType)
            .toArray(Class<?>[]::new);
    return type.getDeclaredConstructor(types);
  }

  @Test
  void makesTheSameRecordAsItsConstructor() throws Exception {
    Function<Object[], Object> maker = RecordMakers.of(canonical(Everything.class));
    assertThat(maker).isNotNull();
    int[] numbers = {1, 2};
    Object[] arguments = {
      true,
      (byte) 2,
      (short) 3,
      'x',
      4,
      5_000_000_000L,
      1.5f,
      2.5,
      "n",
      Optional.of("k"),
      numbers,
      List.of("a"),
      7
    };
    Object made = maker.apply(arguments);
    assertThat(made).isEqualTo(canonical(Everything.class).newInstance(arguments));
    assertThat(((Everything) made).numbers()).isSameAs(numbers);
  }

  @Test
  void makesModelRecords() throws Exception {
    Function<Object[], Object> maker = RecordMakers.of(canonical(PayloadHeader.class));
    assertThat(maker).isNotNull();
    Object[] arguments = {OpCode.DISPATCH, OptionalLong.of(3), Optional.of("READY"), 10, 20};
    assertThat(maker.apply(arguments))
        .isEqualTo(
            new PayloadHeader(OpCode.DISPATCH, OptionalLong.of(3), Optional.of("READY"), 10, 20));
    assertThat(RecordMakers.of(canonical(User.class))).isNotNull();
  }

  @Test
  void refusesWrongArgumentsAsTheConstructorWould() throws Exception {
    Function<Object[], Object> maker = RecordMakers.of(canonical(PayloadHeader.class));
    Object[] nullPrimitive = {OpCode.DISPATCH, OptionalLong.empty(), Optional.empty(), null, 0};
    assertThatThrownBy(() -> maker.apply(nullPrimitive)).isInstanceOf(NullPointerException.class);
    Object[] wrongBox = {OpCode.DISPATCH, OptionalLong.empty(), Optional.empty(), 1L, 0};
    assertThatThrownBy(() -> maker.apply(wrongBox)).isInstanceOf(ClassCastException.class);
    Object[] wrongType = {"DISPATCH", OptionalLong.empty(), Optional.empty(), 1, 0};
    assertThatThrownBy(() -> maker.apply(wrongType)).isInstanceOf(ClassCastException.class);
  }

  @Test
  void leavesRecordsItCannotReachToReflection() throws Exception {
    assertThat(RecordMakers.of(canonical(Hidden.class))).isNull();
  }

  @Test
  void aRecordReadOftenGetsAMakerAndReadsTheSame() {
    // Only this test reads Everything through the mapper, so its maker is made here.
    String json =
        "{\"flag\":true,\"tiny\":1,\"small\":2,\"letter\":\"c\",\"count\":3,\"id\":4,"
            + "\"ratio\":0.5,\"share\":0.25,\"name\":\"n\",\"nick\":\"k\",\"numbers\":[1],"
            + "\"tags\":[\"t\"],\"anything\":\"x\"}";
    Everything first = ModelJson.read(json, Everything.class);
    int before = RecordMakers.made();
    for (int i = 0; i < 250; i++) {
      Everything again = ModelJson.read(json, Everything.class);
      assertThat(again).usingRecursiveComparison().isEqualTo(first);
    }
    assertThat(RecordMakers.made()).isGreaterThan(before);
    assertThat(first.count()).isEqualTo(3);
    assertThat(first.nick()).contains("k");
  }

  @Test
  void aModelReadThroughTheMapperUsesTheSameValues() {
    PayloadHeader header =
        ModelJson.read(
            "{\"opcode\":0,\"sequence\":5,\"dispatch_name\":\"READY\",\"data_start\":1,"
                + "\"data_end\":2}",
            PayloadHeader.class);
    assertThat(header)
        .isEqualTo(
            new PayloadHeader(OpCode.DISPATCH, OptionalLong.of(5), Optional.of("READY"), 1, 2));
  }
}
