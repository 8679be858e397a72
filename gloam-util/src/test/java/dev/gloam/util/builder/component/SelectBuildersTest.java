package dev.gloam.util.builder.component;

import static dev.gloam.util.builder.BuilderAssertions.assertJson;
import static dev.gloam.util.builder.BuilderAssertions.fails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.channel.message.component.ChannelSelect;
import dev.gloam.model.channel.message.component.Component;
import dev.gloam.model.channel.message.component.SelectDefaultValue;
import dev.gloam.model.channel.message.component.SelectDefaultValueType;
import dev.gloam.model.channel.message.component.SelectOption;
import dev.gloam.model.channel.message.component.StringSelect;
import dev.gloam.model.id.Id;
import dev.gloam.validate.ValidationException.Rule;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** String, user, role, mentionable and channel selects (components/reference). */
class SelectBuildersTest {
  @Test
  void stringSelectWithOptions() {
    StringSelect select =
        new StringSelectBuilder("favorite_bug")
            .placeholder("Choose...")
            .option("Ant", "ant")
            .option(
                new SelectOptionBuilder("Butterfly", "butterfly")
                    .description("(best option)")
                    .emoji(PartialEmoji.unicode("🦋"))
                    .defaultSelected(true)
                    .build())
            .minValues(1)
            .maxValues(2)
            .build();
    assertThat(select)
        .isEqualTo(
            new StringSelect(
                Optional.empty(),
                "favorite_bug",
                List.of(
                    new SelectOption(
                        "Ant", "ant", Optional.empty(), Optional.empty(), Optional.empty()),
                    new SelectOption(
                        "Butterfly",
                        "butterfly",
                        Optional.of("(best option)"),
                        Optional.of(PartialEmoji.unicode("🦋")),
                        Optional.of(true))),
                Optional.of("Choose..."),
                Optional.of(1),
                Optional.of(2),
                Optional.empty(),
                Optional.empty()));
    assertJson(
        select,
        Component.class,
        """
        {"type":3,"custom_id":"favorite_bug","placeholder":"Choose...","min_values":1,
         "max_values":2,"options":[
          {"label":"Ant","value":"ant"},
          {"label":"Butterfly","value":"butterfly","description":"(best option)",
           "emoji":{"id":null,"name":"🦋"},"default":true}]}
        """);
  }

  @Test
  void stringSelectLimits() {
    StringSelectBuilder full = new StringSelectBuilder("s");
    for (int i = 0; i < 25; i++) {
      full.option("o" + i, "v" + i);
    }
    assertThat(full.build().options()).hasSize(25);
    fails(() -> full.option("o", "v"), "options", Rule.TOO_MANY);
    fails(() -> new StringSelectBuilder("s").build(), "options", Rule.TOO_FEW);
    fails(
        () -> new StringSelectBuilder("s").option("ok", "ok").option("l".repeat(101), "v"),
        "options[1].label",
        Rule.TOO_LONG);
    fails(() -> new StringSelectBuilder("s").option("l", ""), "options[0].value", Rule.TOO_SHORT);
    fails(
        () -> new SelectOptionBuilder("l", "v").description("d".repeat(101)),
        "description",
        Rule.TOO_LONG);
    fails(
        () -> new StringSelectBuilder("s").placeholder("p".repeat(151)),
        "placeholder",
        Rule.TOO_LONG);
    fails(() -> new StringSelectBuilder("s").minValues(26), "min_values", Rule.OUT_OF_RANGE);
    fails(() -> new StringSelectBuilder("s").maxValues(0), "max_values", Rule.OUT_OF_RANGE);
    fails(
        () -> new StringSelectBuilder("s").option("a", "a").minValues(3).maxValues(2).build(),
        "min_values",
        Rule.OUT_OF_RANGE);
    fails(() -> new StringSelectBuilder(""), "custom_id", Rule.TOO_SHORT);
  }

  @Test
  void autoPopulatedSelectsWithDefaultValues() {
    assertJson(
        new UserSelectBuilder("who")
            .defaultUsers(Id.of(80351110224678912L))
            .disabled(false)
            .build(),
        Component.class,
        """
        {"type":5,"custom_id":"who","disabled":false,
         "default_values":[{"id":"80351110224678912","type":"user"}]}
        """);
    assertJson(
        new RoleSelectBuilder("roles").defaultRoles(Id.of(1), Id.of(2)).maxValues(3).build(),
        Component.class,
        """
        {"type":6,"custom_id":"roles","max_values":3,
         "default_values":[{"id":"1","type":"role"},{"id":"2","type":"role"}]}
        """);
    assertJson(
        new MentionableSelectBuilder("m")
            .defaultUsers(Id.of(3))
            .defaultRoles(Id.of(4))
            .minValues(2)
            .maxValues(2)
            .placeholder("Anyone")
            .build(),
        Component.class,
        """
        {"type":7,"custom_id":"m","placeholder":"Anyone","min_values":2,"max_values":2,
         "default_values":[{"id":"3","type":"user"},{"id":"4","type":"role"}]}
        """);
    ChannelSelect channels =
        new ChannelSelectBuilder("where")
            .channelTypes(ChannelType.GUILD_TEXT, ChannelType.GUILD_FORUM)
            .defaultChannels(Id.of(5))
            .required(true)
            .id(9)
            .build();
    assertThat(channels.defaultValues())
        .contains(List.of(new SelectDefaultValue(Id.of(5), SelectDefaultValueType.CHANNEL)));
    assertJson(
        channels,
        Component.class,
        """
        {"type":8,"id":9,"custom_id":"where","channel_types":[0,15],"required":true,
         "default_values":[{"id":"5","type":"channel"}]}
        """);
  }

  @Test
  void defaultValuesMustFitTheRange() {
    fails(
        () -> new UserSelectBuilder("u").defaultUsers(Id.of(1), Id.of(2)).build(),
        "default_values",
        Rule.TOO_MANY);
    fails(
        () -> new RoleSelectBuilder("r").minValues(2).maxValues(3).defaultRoles(Id.of(1)).build(),
        "default_values",
        Rule.TOO_FEW);
    fails(
        () -> new UserSelectBuilder("u").defaultUsers(Id.of(1), null),
        "default_values[1].id",
        Rule.MISSING);
    fails(
        () -> new ChannelSelectBuilder("c").channelTypes(ChannelType.GUILD_TEXT, null),
        "channel_types[1]",
        Rule.MISSING);
  }
}
