package dev.gloam.model.channel.message.component;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import dev.gloam.model.guild.emoji.Emoji;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.SkuMarker;
import java.util.Optional;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A clickable button, placed in an action row or as a section's accessory. Maps Discord's "Button
 * Structure" (components/reference).
 *
 * <p>Which fields apply depends on the {@link ButtonStyle}: link buttons carry a {@code url},
 * premium buttons an {@code skuId}, every other style a {@code customId}.
 *
 * @param id the component's identifier, unique within the message or modal; absent when the app
 *     leaves it to Discord
 * @param style the button's style
 * @param label the text on the button, up to 80 characters
 * @param emoji the emoji on the button; only its {@code id}, {@code name} and {@code animated}
 * @param customId the app's identifier for the button, 1 to 100 characters; absent on link and
 *     premium buttons
 * @param skuId the SKU that a premium button offers
 * @param url the address a link button opens, up to 512 characters
 * @param disabled whether the button is disabled (default false)
 */
@JsonDeserialize(using = ValueDeserializer.None.class)
public record Button(
    @JsonInclude(Include.NON_ABSENT) Optional<Integer> id,
    ButtonStyle style,
    @JsonInclude(Include.NON_ABSENT) Optional<String> label,
    @JsonInclude(Include.NON_ABSENT) Optional<Emoji> emoji,
    @JsonInclude(Include.NON_ABSENT) Optional<String> customId,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<SkuMarker>> skuId,
    @JsonInclude(Include.NON_ABSENT) Optional<String> url,
    @JsonInclude(Include.NON_ABSENT) Optional<Boolean> disabled)
    implements Component {
  @Override
  public ComponentType type() {
    return ComponentType.BUTTON;
  }
}
