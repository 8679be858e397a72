package dev.gloam.util.builder.command;

import static dev.gloam.util.builder.BuilderAssertions.assertJson;
import static dev.gloam.util.builder.BuilderAssertions.fails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.application.command.ChannelOption;
import dev.gloam.model.application.command.CommandOption;
import dev.gloam.model.application.command.CommandOptionChoice;
import dev.gloam.model.application.command.IntegerOption;
import dev.gloam.model.application.command.IntegerValue;
import dev.gloam.model.application.command.NumberOption;
import dev.gloam.model.application.command.NumberValue;
import dev.gloam.model.application.command.StringOption;
import dev.gloam.model.application.command.StringValue;
import dev.gloam.model.application.command.SubCommandOption;
import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.locale.DiscordLocale;
import dev.gloam.validate.ValidationException.Rule;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Options as "Application Command Option Structure" describes them, built on their own. */
class OptionBuilderTest {

  @Test
  void aStringOptionIsExactlyTheModelObject() {
    StringOption color =
        new StringOptionBuilder("color", "Pick a color")
            .required(true)
            .nameLocalization(DiscordLocale.GERMAN, "farbe")
            .choice("Red", "red", Map.of(DiscordLocale.GERMAN, "Rot"))
            .choice("Blue", "blue")
            .build();
    assertThat(color)
        .isEqualTo(
            new StringOption(
                "color",
                Optional.of(Map.of(DiscordLocale.GERMAN, "farbe")),
                Optional.empty(),
                "Pick a color",
                Optional.empty(),
                Optional.empty(),
                Optional.of(true),
                Optional.of(
                    List.of(
                        new CommandOptionChoice(
                            "Red",
                            Optional.of(Map.of(DiscordLocale.GERMAN, "Rot")),
                            Optional.empty(),
                            new StringValue("red")),
                        new CommandOptionChoice(
                            "Blue", Optional.empty(), Optional.empty(), new StringValue("blue")))),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
    assertJson(
        color,
        CommandOption.class,
        """
        {"type": 3, "name": "color", "name_localizations": {"de": "farbe"},
         "description": "Pick a color", "required": true,
         "choices": [{"name": "Red", "name_localizations": {"de": "Rot"}, "value": "red"},
                     {"name": "Blue", "value": "blue"}]}
        """);
  }

  @Test
  void numericOptionsCarryTheirValueTypes() {
    IntegerOption sides =
        new IntegerOptionBuilder("sides", "Sides")
            .minValue(2)
            .maxValue(100)
            .choice("d6", 6)
            .build();
    assertThat(sides.choices().orElseThrow().get(0).value()).isEqualTo(new IntegerValue(6));
    assertJson(
        sides,
        CommandOption.class,
        """
        {"type": 4, "name": "sides", "description": "Sides", "min_value": 2, "max_value": 100,
         "choices": [{"name": "d6", "value": 6}]}
        """);
    NumberOption ratio = new NumberOptionBuilder("ratio", "Ratio").choice("Half", 0.5).build();
    assertThat(ratio.choices().orElseThrow().get(0).value()).isEqualTo(new NumberValue(0.5));
    assertJson(
        ratio,
        CommandOption.class,
        """
        {"type": 10, "name": "ratio", "description": "Ratio",
         "choices": [{"name": "Half", "value": 0.5}]}
        """);
  }

  @Test
  void channelTypesAndSubcommands() {
    ChannelOption where =
        new ChannelOptionBuilder("where", "Where")
            .channelTypes(List.of(ChannelType.GUILD_VOICE))
            .required(false)
            .build();
    assertJson(
        where,
        CommandOption.class,
        """
        {"type": 7, "name": "where", "description": "Where", "required": false,
         "channel_types": [2]}
        """);
    SubCommandOption add =
        new SubCommandBuilder("add", "Adds")
            .descriptionLocalizations(Map.of(DiscordLocale.GERMAN, "Fuegt hinzu"))
            .option(new UserOptionBuilder("who", "Who").required(true))
            .build();
    assertJson(
        add,
        CommandOption.class,
        """
        {"type": 1, "name": "add", "description": "Adds",
         "description_localizations": {"de": "Fuegt hinzu"},
         "options": [{"type": 6, "name": "who", "description": "Who", "required": true}]}
        """);
  }

  @Test
  void anOptionBuiltAloneReportsPathsFromItself() {
    fails(() -> new StringOptionBuilder("Color", "d").build(), "name", Rule.MALFORMED);
    fails(() -> new UserOptionBuilder("who", "").build(), "description", Rule.TOO_SHORT);
    fails(
        () ->
            new RoleOptionBuilder("role", "d")
                .nameLocalization(DiscordLocale.GERMAN, "Rolle")
                .build(),
        "name_localizations.de",
        Rule.MALFORMED);
    fails(
        () -> new StringOptionBuilder("s", "d").choice("c", "v".repeat(101)).build(),
        "choices[0].value",
        Rule.TOO_LONG);
    fails(
        () ->
            new StringOptionBuilder("s", "d")
                .choice("c", "v", Map.of(DiscordLocale.GERMAN, ""))
                .build(),
        "choices[0].name_localizations.de",
        Rule.TOO_SHORT);
    fails(
        () -> new StringOptionBuilder("s", "d").minLength(6001).build(),
        "min_length",
        Rule.OUT_OF_RANGE);
    fails(
        () -> new StringOptionBuilder("s", "d").maxLength(0).build(),
        "max_length",
        Rule.OUT_OF_RANGE);
    fails(
        () -> new StringOptionBuilder("s", "d").minLength(10).maxLength(5).build(),
        "max_length",
        Rule.OUT_OF_RANGE);
    fails(
        () -> new IntegerOptionBuilder("i", "d").minValue(1L << 53).build(),
        "min_value",
        Rule.OUT_OF_RANGE);
    fails(
        () -> new IntegerOptionBuilder("i", "d").choice("c", -(1L << 53)).build(),
        "choices[0].value",
        Rule.OUT_OF_RANGE);
    fails(
        () -> new NumberOptionBuilder("n", "d").maxValue(Double.NaN).build(),
        "max_value",
        Rule.OUT_OF_RANGE);
    fails(
        () -> new NumberOptionBuilder("n", "d").choice("c", 1.0).autocomplete(true).build(),
        "autocomplete",
        Rule.NOT_ALLOWED);
    fails(
        () ->
            new AttachmentOptionBuilder("a", "d")
                .fileTypes(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"))
                .build(),
        "file_types",
        Rule.TOO_MANY);
    fails(
        () ->
            new SubCommandBuilder("sub", "d")
                .option(new BooleanOptionBuilder("b", "d"))
                .option(new MentionableOptionBuilder("b", "d"))
                .build(),
        "options[1].name",
        Rule.NOT_ALLOWED);
    fails(
        () ->
            new SubCommandBuilder("sub", "d")
                .option(new SubCommandBuilder("deeper", "d").build())
                .build(),
        "options[0]",
        Rule.NOT_ALLOWED);
    fails(
        () -> new SubCommandGroupBuilder("g", "d").subcommand(new SubCommandBuilder("S", "d")),
        "options[0].name",
        Rule.MALFORMED);
  }
}
