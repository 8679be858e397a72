package dev.gloam.model.value;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.json.ModelJson;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A PATCH body tells "leave as is" (absent) from "clear" (null) from a new value. */
class NullableTest {
  record ModifyMember(
      @JsonInclude(Include.NON_EMPTY) Nullable<String> nick,
      @JsonInclude(Include.NON_EMPTY) Nullable<Id<ChannelMarker>> channelId,
      @JsonInclude(Include.NON_EMPTY) Nullable<List<Id<ChannelMarker>>> roles) {}

  @Test
  void absentNullAndValueAreWrittenApartAndReadBack() {
    ModifyMember absent = new ModifyMember(Nullable.absent(), Nullable.absent(), Nullable.absent());
    ModifyMember cleared =
        new ModifyMember(Nullable.ofNull(), Nullable.ofNull(), Nullable.ofNull());
    ModifyMember set =
        new ModifyMember(
            Nullable.of("gloam"),
            Nullable.of(Id.parse("18446744073709551615")),
            Nullable.of(List.of(Id.of(1), Id.of(2))));

    assertThat(ModelJson.write(absent)).isEqualTo("{}");
    assertThat(ModelJson.write(cleared))
        .isEqualTo("{\"nick\":null,\"channel_id\":null,\"roles\":null}");
    assertThat(ModelJson.write(set))
        .isEqualTo(
            "{\"nick\":\"gloam\",\"channel_id\":\"18446744073709551615\",\"roles\":[\"1\",\"2\"]}");

    for (ModifyMember body : List.of(absent, cleared, set)) {
      assertThat(ModelJson.read(ModelJson.write(body), ModifyMember.class)).isEqualTo(body);
    }
    ModifyMember read = ModelJson.read("{\"nick\":null}", ModifyMember.class);
    assertThat(read.nick().isNull()).isTrue();
    assertThat(read.channelId().isAbsent()).isTrue();
    assertThat(set.channelId().orElseThrow().value()).isEqualTo(-1L);
  }
}
