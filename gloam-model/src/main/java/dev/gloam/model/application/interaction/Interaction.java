package dev.gloam.model.application.interaction;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gloam.model.application.ApplicationIntegrationType;
import dev.gloam.model.channel.Channel;
import dev.gloam.model.channel.message.Message;
import dev.gloam.model.guild.Member;
import dev.gloam.model.guild.Permissions;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.ApplicationMarker;
import dev.gloam.model.id.marker.ChannelMarker;
import dev.gloam.model.id.marker.GuildMarker;
import dev.gloam.model.id.marker.InteractionMarker;
import dev.gloam.model.id.marker.UserMarker;
import dev.gloam.model.json.ModelJson;
import dev.gloam.model.locale.DiscordLocale;
import dev.gloam.model.monetization.Entitlement;
import dev.gloam.model.user.User;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Something a user did with an application: invoking a command, using a component, submitting a
 * modal, typing an autocompleted option. Maps Discord's "Interaction Object"
 * (interactions/receiving-and-responding), received in {@code INTERACTION_CREATE} or over HTTP.
 *
 * <p>{@link #data()} holds the variant that matches {@link #type()}: {@link ApplicationCommandData}
 * for commands and autocomplete, {@link MessageComponentData} for components, {@link
 * ModalSubmitData} for modals, {@link UnknownInteractionData} for types gloam does not know.
 *
 * <pre>{@code
 * if (interaction.data().orElse(null) instanceof ApplicationCommandData command) {
 *   String name = command.name();
 * }
 * }</pre>
 *
 * @param id the interaction's id
 * @param applicationId the application the interaction is for
 * @param type the interaction's type
 * @param data the payload of the interaction's type; absent only for pings
 * @param guild the guild the interaction comes from, partial (id, locale and features), if any
 * @param guildId the guild the interaction comes from, if any
 * @param channel the channel the interaction comes from, partial
 * @param channelId the channel the interaction comes from
 * @param member the invoking member with their permissions, for interactions in guilds
 * @param user the invoking user, for interactions outside guilds
 * @param token the token to respond with, valid for 15 minutes
 * @param version always 1
 * @param message the message a component, or a modal opened from a component, is attached to
 * @param appPermissions the permissions the app has where the interaction happened
 * @param locale the invoking user's language; absent for pings
 * @param guildLocale the guild's preferred language, for interactions in guilds
 * @param entitlements the invoking user's entitlements to the app's premium SKUs (monetized apps)
 * @param authorizingIntegrationOwners for each installation context the interaction is authorized
 *     through, the owner: for {@code GUILD_INSTALL} the guild's id, or {@code "0"} in the DM with
 *     the bot; for {@code USER_INSTALL} the authorizing user's id
 * @param context where the interaction was triggered
 * @param attachmentSizeLimit the largest attachment the response may carry, in bytes
 */
public record Interaction(
    Id<InteractionMarker> id,
    Id<ApplicationMarker> applicationId,
    InteractionType type,
    @JsonInclude(Include.NON_ABSENT) Optional<InteractionData> data,
    @JsonInclude(Include.NON_ABSENT) Optional<InteractionGuild> guild,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<GuildMarker>> guildId,
    @JsonInclude(Include.NON_ABSENT) Optional<Channel> channel,
    @JsonInclude(Include.NON_ABSENT) Optional<Id<ChannelMarker>> channelId,
    @JsonInclude(Include.NON_ABSENT) Optional<Member> member,
    @JsonInclude(Include.NON_ABSENT) Optional<User> user,
    String token,
    int version,
    @JsonInclude(Include.NON_ABSENT) Optional<Message> message,
    Permissions appPermissions,
    @JsonInclude(Include.NON_ABSENT) Optional<DiscordLocale> locale,
    @JsonInclude(Include.NON_ABSENT) Optional<DiscordLocale> guildLocale,
    List<Entitlement> entitlements,
    Map<ApplicationIntegrationType, String> authorizingIntegrationOwners,
    @JsonInclude(Include.NON_ABSENT) Optional<InteractionContextType> context,
    long attachmentSizeLimit) {

  /**
   * Reads an interaction from its JSON fields, choosing the data's variant by {@code type}. Used by
   * the JSON codec; build interactions with the canonical constructor.
   *
   * @param id the interaction's id
   * @param applicationId the application
   * @param type the interaction's type
   * @param data the raw data, or {@code null} if absent
   * @param guild the partial guild
   * @param guildId the guild
   * @param channel the channel
   * @param channelId the channel's id
   * @param member the invoking member
   * @param user the invoking user
   * @param token the token
   * @param version the version
   * @param message the component's message
   * @param appPermissions the app's permissions
   * @param locale the user's language
   * @param guildLocale the guild's language
   * @param entitlements the entitlements
   * @param authorizingIntegrationOwners the authorizing owners
   * @param context the context
   * @param attachmentSizeLimit the attachment size limit
   * @return the interaction
   */
  @JsonCreator
  static Interaction fromJson(
      @JsonProperty("id") Id<InteractionMarker> id,
      @JsonProperty("application_id") Id<ApplicationMarker> applicationId,
      @JsonProperty("type") InteractionType type,
      @JsonProperty("data") JsonNode data,
      @JsonProperty("guild") Optional<InteractionGuild> guild,
      @JsonProperty("guild_id") Optional<Id<GuildMarker>> guildId,
      @JsonProperty("channel") Optional<Channel> channel,
      @JsonProperty("channel_id") Optional<Id<ChannelMarker>> channelId,
      @JsonProperty("member") Optional<Member> member,
      @JsonProperty("user") Optional<User> user,
      @JsonProperty("token") String token,
      @JsonProperty("version") int version,
      @JsonProperty("message") Optional<Message> message,
      @JsonProperty("app_permissions") Permissions appPermissions,
      @JsonProperty("locale") Optional<DiscordLocale> locale,
      @JsonProperty("guild_locale") Optional<DiscordLocale> guildLocale,
      @JsonProperty("entitlements") List<Entitlement> entitlements,
      @JsonProperty("authorizing_integration_owners")
          Map<ApplicationIntegrationType, String> authorizingIntegrationOwners,
      @JsonProperty("context") Optional<InteractionContextType> context,
      @JsonProperty("attachment_size_limit") long attachmentSizeLimit) {
    return new Interaction(
        id,
        applicationId,
        type,
        readData(type, data),
        guild,
        guildId,
        channel,
        channelId,
        member,
        user,
        token,
        version,
        message,
        appPermissions,
        locale,
        guildLocale,
        entitlements == null ? List.of() : entitlements,
        authorizingIntegrationOwners == null ? Map.of() : authorizingIntegrationOwners,
        context,
        attachmentSizeLimit);
  }

  private static Optional<InteractionData> readData(InteractionType type, JsonNode data) {
    if (data == null || data.isNull() || data.isMissingNode()) {
      return Optional.empty();
    }
    Class<? extends InteractionData> variant = dataVariant(type);
    return Optional.of(
        variant == null ? new UnknownInteractionData(data) : ModelJson.read(data, variant));
  }

  private static Class<? extends InteractionData> dataVariant(InteractionType type) {
    if (type == null) {
      return null;
    }
    return switch (type.value()) {
      case 2, 4 -> ApplicationCommandData.class;
      case 3 -> MessageComponentData.class;
      case 5 -> ModalSubmitData.class;
      default -> null;
    };
  }

  /** Describes the interaction without its token, which lets anyone answer it for 15 minutes. */
  @Override
  public String toString() {
    return "Interaction[id="
        + id
        + ", type="
        + type
        + ", applicationId="
        + applicationId
        + ", guildId="
        + guildId.map(Object::toString).orElse("none")
        + ", channelId="
        + channelId.map(Object::toString).orElse("none")
        + ", token=<redacted>]";
  }

  /**
   * Returns the user who triggered the interaction: the member's user in guilds, else {@code user}.
   *
   * @return the invoking user, or empty if Discord sent neither (pings)
   */
  public Optional<User> invoker() {
    return member.flatMap(Member::user).or(() -> user);
  }

  /**
   * Returns the guild whose installation of the app authorized the interaction.
   *
   * @return the guild, or empty if the app is not guild-installed there or the interaction comes
   *     from the DM with the bot (where Discord sends {@code "0"})
   */
  public Optional<Id<GuildMarker>> guildInstallOwner() {
    return owner(ApplicationIntegrationType.GUILD_INSTALL);
  }

  /**
   * Returns the user whose installation of the app authorized the interaction.
   *
   * @return the user, or empty if no user installation authorized it
   */
  public Optional<Id<UserMarker>> userInstallOwner() {
    return owner(ApplicationIntegrationType.USER_INSTALL);
  }

  private <M> Optional<Id<M>> owner(ApplicationIntegrationType key) {
    String value = authorizingIntegrationOwners.get(key);
    if (value == null || value.equals("0")) {
      return Optional.empty();
    }
    return Optional.of(Id.parse(value));
  }
}
