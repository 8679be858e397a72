package dev.gloam.http;

import dev.gloam.http.request.automoderation.CreateAutoModerationRule;
import dev.gloam.http.request.automoderation.DeleteAutoModerationRule;
import dev.gloam.http.request.automoderation.GetAutoModerationRule;
import dev.gloam.http.request.automoderation.GetAutoModerationRules;
import dev.gloam.http.request.automoderation.UpdateAutoModerationRule;
import dev.gloam.http.transport.Transport;
import dev.gloam.model.guild.automod.AutoModerationEventType;
import dev.gloam.model.guild.automod.TriggerType;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.AutoModerationRuleMarker;
import dev.gloam.model.id.marker.GuildMarker;

/**
 * Auto moderation rules of a guild (resources/auto-moderation).
 *
 * <p>{@link Client} has these requests; they are grouped here by resource to keep each file small.
 * The routes:
 *
 * <ul>
 *   <li>{@code GET /guilds/{guild_id}/auto-moderation/rules}
 *   <li>{@code POST /guilds/{guild_id}/auto-moderation/rules}
 *   <li>{@code DELETE /guilds/{guild_id}/auto-moderation/rules/{rule_id}}
 *   <li>{@code GET /guilds/{guild_id}/auto-moderation/rules/{rule_id}}
 *   <li>{@code PATCH /guilds/{guild_id}/auto-moderation/rules/{rule_id}}
 * </ul>
 */
public sealed interface AutoModerationRequests permits Client {
  /**
   * Returns the transport the requests are sent through.
   *
   * @return the client's transport
   */
  Transport transport();

  /**
   * Gets the auto moderation rules of a guild. Maps "List Auto Moderation Rules for Guild" ({@code
   * GET /guilds/{guild.id}/auto-moderation/rules}, resources/auto-moderation).
   *
   * @param guildId the guild
   * @return the request, to fill in and send
   */
  default GetAutoModerationRules autoModerationRules(Id<GuildMarker> guildId) {
    return new GetAutoModerationRules(transport(), guildId);
  }

  /**
   * Gets one auto moderation rule of a guild. Maps "Get Auto Moderation Rule" ({@code GET
   * /guilds/{guild.id}/auto-moderation/rules/{auto_moderation_rule.id}},
   * resources/auto-moderation).
   *
   * @param guildId the guild
   * @param ruleId the rule
   * @return the request, to fill in and send
   */
  default GetAutoModerationRule autoModerationRule(
      Id<GuildMarker> guildId, Id<AutoModerationRuleMarker> ruleId) {
    return new GetAutoModerationRule(transport(), guildId, ruleId);
  }

  /**
   * Creates an auto moderation rule in a guild. Maps "Create Auto Moderation Rule" ({@code POST
   * /guilds/{guild.id}/auto-moderation/rules}, resources/auto-moderation).
   *
   * @param guildId the guild
   * @param name the name, up to 100 characters
   * @param eventType what the rule looks at
   * @param triggerType what triggers it
   * @return the request, to fill in and send
   */
  default CreateAutoModerationRule createAutoModerationRule(
      Id<GuildMarker> guildId,
      String name,
      AutoModerationEventType eventType,
      TriggerType triggerType) {
    return new CreateAutoModerationRule(transport(), guildId, name, eventType, triggerType);
  }

  /**
   * Changes an auto moderation rule of a guild. Maps "Modify Auto Moderation Rule" ({@code PATCH
   * /guilds/{guild.id}/auto-moderation/rules/{auto_moderation_rule.id}},
   * resources/auto-moderation).
   *
   * @param guildId the guild
   * @param ruleId the rule
   * @return the request, to fill in and send
   */
  default UpdateAutoModerationRule updateAutoModerationRule(
      Id<GuildMarker> guildId, Id<AutoModerationRuleMarker> ruleId) {
    return new UpdateAutoModerationRule(transport(), guildId, ruleId);
  }

  /**
   * Deletes an auto moderation rule of a guild. Maps "Delete Auto Moderation Rule" ({@code DELETE
   * /guilds/{guild.id}/auto-moderation/rules/{auto_moderation_rule.id}},
   * resources/auto-moderation).
   *
   * @param guildId the guild
   * @param ruleId the rule
   * @return the request, to fill in and send
   */
  default DeleteAutoModerationRule deleteAutoModerationRule(
      Id<GuildMarker> guildId, Id<AutoModerationRuleMarker> ruleId) {
    return new DeleteAutoModerationRule(transport(), guildId, ruleId);
  }
}
