package dev.gloam.model.guild.auditlog;

import dev.gloam.model.application.command.ApplicationCommand;
import dev.gloam.model.channel.Channel;
import dev.gloam.model.guild.automod.AutoModerationRule;
import dev.gloam.model.guild.scheduledevent.GuildScheduledEvent;
import dev.gloam.model.user.User;
import dev.gloam.model.webhook.Webhook;
import java.util.List;

/**
 * A page of a guild's audit log, with the objects its entries refer to. Maps Discord's "Audit Log
 * Object" (resources/audit-log).
 *
 * @param applicationCommands the application commands the entries refer to
 * @param auditLogEntries the entries, newest first unless the request asked for entries after an id
 * @param autoModerationRules the auto moderation rules the entries refer to
 * @param guildScheduledEvents the scheduled events the entries refer to
 * @param integrations the integrations the entries refer to, partial
 * @param threads the threads the entries refer to, since archived threads may not be cached
 * @param users the users the entries refer to
 * @param webhooks the webhooks the entries refer to
 */
public record AuditLog(
    List<ApplicationCommand> applicationCommands,
    List<AuditLogEntry> auditLogEntries,
    List<AutoModerationRule> autoModerationRules,
    List<GuildScheduledEvent> guildScheduledEvents,
    List<AuditLogIntegration> integrations,
    List<Channel> threads,
    List<User> users,
    List<Webhook> webhooks) {}
