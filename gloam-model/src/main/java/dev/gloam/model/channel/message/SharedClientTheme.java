package dev.gloam.model.channel.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.util.List;
import java.util.Optional;

/**
 * A custom client theme shared in a message. Maps Discord's "Shared Client Theme Object"
 * (resources/message).
 *
 * @param colors the theme's colours as hex strings without {@code #}, up to 5
 * @param gradientAngle the direction of the colour gradient, in degrees (0 to 360)
 * @param baseMix how strongly the colours are applied (0 to 100)
 * @param baseTheme the base mode; may be absent or {@code null}
 */
public record SharedClientTheme(
    List<String> colors,
    int gradientAngle,
    int baseMix,
    @JsonInclude(Include.NON_ABSENT) Optional<BaseThemeType> baseTheme) {}
