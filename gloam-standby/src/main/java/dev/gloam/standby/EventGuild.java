package dev.gloam.standby;

import dev.gloam.model.gateway.event.ApplicationCommandPermissionsUpdate;
import dev.gloam.model.gateway.event.AutoModerationActionExecution;
import dev.gloam.model.gateway.event.AutoModerationRuleCreate;
import dev.gloam.model.gateway.event.AutoModerationRuleDelete;
import dev.gloam.model.gateway.event.AutoModerationRuleUpdate;
import dev.gloam.model.gateway.event.ChannelCreate;
import dev.gloam.model.gateway.event.ChannelDelete;
import dev.gloam.model.gateway.event.ChannelInfo;
import dev.gloam.model.gateway.event.ChannelPinsUpdate;
import dev.gloam.model.gateway.event.ChannelUpdate;
import dev.gloam.model.gateway.event.EntitlementCreate;
import dev.gloam.model.gateway.event.EntitlementDelete;
import dev.gloam.model.gateway.event.EntitlementUpdate;
import dev.gloam.model.gateway.event.Event;
import dev.gloam.model.gateway.event.GuildAuditLogEntryCreate;
import dev.gloam.model.gateway.event.GuildBanAdd;
import dev.gloam.model.gateway.event.GuildBanRemove;
import dev.gloam.model.gateway.event.GuildCreate;
import dev.gloam.model.gateway.event.GuildDelete;
import dev.gloam.model.gateway.event.GuildEmojisUpdate;
import dev.gloam.model.gateway.event.GuildIntegrationsUpdate;
import dev.gloam.model.gateway.event.GuildMemberAdd;
import dev.gloam.model.gateway.event.GuildMemberRemove;
import dev.gloam.model.gateway.event.GuildMemberUpdate;
import dev.gloam.model.gateway.event.GuildMembersChunk;
import dev.gloam.model.gateway.event.GuildRoleCreate;
import dev.gloam.model.gateway.event.GuildRoleDelete;
import dev.gloam.model.gateway.event.GuildRoleUpdate;
import dev.gloam.model.gateway.event.GuildScheduledEventCreate;
import dev.gloam.model.gateway.event.GuildScheduledEventDelete;
import dev.gloam.model.gateway.event.GuildScheduledEventUpdate;
import dev.gloam.model.gateway.event.GuildScheduledEventUserAdd;
import dev.gloam.model.gateway.event.GuildScheduledEventUserRemove;
import dev.gloam.model.gateway.event.GuildSoundboardSoundCreate;
import dev.gloam.model.gateway.event.GuildSoundboardSoundDelete;
import dev.gloam.model.gateway.event.GuildSoundboardSoundUpdate;
import dev.gloam.model.gateway.event.GuildSoundboardSoundsUpdate;
import dev.gloam.model.gateway.event.GuildStickersUpdate;
import dev.gloam.model.gateway.event.GuildUpdate;
import dev.gloam.model.gateway.event.HeartbeatAck;
import dev.gloam.model.gateway.event.HeartbeatRequest;
import dev.gloam.model.gateway.event.Hello;
import dev.gloam.model.gateway.event.IntegrationCreate;
import dev.gloam.model.gateway.event.IntegrationDelete;
import dev.gloam.model.gateway.event.IntegrationUpdate;
import dev.gloam.model.gateway.event.InteractionCreate;
import dev.gloam.model.gateway.event.InvalidSession;
import dev.gloam.model.gateway.event.InviteCreate;
import dev.gloam.model.gateway.event.InviteDelete;
import dev.gloam.model.gateway.event.MessageCreate;
import dev.gloam.model.gateway.event.MessageDelete;
import dev.gloam.model.gateway.event.MessageDeleteBulk;
import dev.gloam.model.gateway.event.MessagePollVoteAdd;
import dev.gloam.model.gateway.event.MessagePollVoteRemove;
import dev.gloam.model.gateway.event.MessageReactionAdd;
import dev.gloam.model.gateway.event.MessageReactionRemove;
import dev.gloam.model.gateway.event.MessageReactionRemoveAll;
import dev.gloam.model.gateway.event.MessageReactionRemoveEmoji;
import dev.gloam.model.gateway.event.MessageUpdate;
import dev.gloam.model.gateway.event.PresenceUpdate;
import dev.gloam.model.gateway.event.RateLimited;
import dev.gloam.model.gateway.event.Ready;
import dev.gloam.model.gateway.event.Reconnect;
import dev.gloam.model.gateway.event.Resumed;
import dev.gloam.model.gateway.event.SoundboardSounds;
import dev.gloam.model.gateway.event.StageInstanceCreate;
import dev.gloam.model.gateway.event.StageInstanceDelete;
import dev.gloam.model.gateway.event.StageInstanceUpdate;
import dev.gloam.model.gateway.event.SubscriptionCreate;
import dev.gloam.model.gateway.event.SubscriptionDelete;
import dev.gloam.model.gateway.event.SubscriptionUpdate;
import dev.gloam.model.gateway.event.ThreadCreate;
import dev.gloam.model.gateway.event.ThreadDelete;
import dev.gloam.model.gateway.event.ThreadListSync;
import dev.gloam.model.gateway.event.ThreadMemberUpdate;
import dev.gloam.model.gateway.event.ThreadMembersUpdate;
import dev.gloam.model.gateway.event.ThreadUpdate;
import dev.gloam.model.gateway.event.TypingStart;
import dev.gloam.model.gateway.event.UserUpdate;
import dev.gloam.model.gateway.event.VoiceChannelEffectSend;
import dev.gloam.model.gateway.event.VoiceChannelStartTimeUpdate;
import dev.gloam.model.gateway.event.VoiceChannelStatusUpdate;
import dev.gloam.model.gateway.event.VoiceServerUpdate;
import dev.gloam.model.gateway.event.VoiceStateUpdate;
import dev.gloam.model.gateway.event.WebhooksUpdate;
import dev.gloam.model.id.Id;
import dev.gloam.model.id.marker.GuildMarker;
import java.util.Optional;

/** Finds the guild an event belongs to, for waiters of one guild's events. */
final class EventGuild {
  private EventGuild() {}

  /**
   * Returns the guild's id as a long, or 0 when the event belongs to no guild.
   *
   * <p>The switch has no default on purpose: a new event type in the model fails the build here
   * until someone decides which guild it belongs to.
   */
  static long of(Event event) {
    return switch (event) {
      case ApplicationCommandPermissionsUpdate e -> id(e.permissions().guildId());
      case AutoModerationActionExecution e -> id(e.guildId());
      case AutoModerationRuleCreate e -> id(e.rule().guildId());
      case AutoModerationRuleDelete e -> id(e.rule().guildId());
      case AutoModerationRuleUpdate e -> id(e.rule().guildId());
      case ChannelCreate e -> id(e.channel().guildId());
      case ChannelDelete e -> id(e.channel().guildId());
      case ChannelInfo e -> id(e.guildId());
      case ChannelPinsUpdate e -> id(e.guildId());
      case ChannelUpdate e -> id(e.channel().guildId());
      case EntitlementCreate e -> id(e.entitlement().guildId());
      case EntitlementDelete e -> id(e.entitlement().guildId());
      case EntitlementUpdate e -> id(e.entitlement().guildId());
      case GuildAuditLogEntryCreate e -> id(e.guildId());
      case GuildBanAdd e -> id(e.guildId());
      case GuildBanRemove e -> id(e.guildId());
      case GuildCreate.Available e -> id(e.guild().id());
      case GuildCreate.Unavailable e -> id(e.guild().id());
      case GuildDelete e -> id(e.guild().id());
      case GuildEmojisUpdate e -> id(e.guildId());
      case GuildIntegrationsUpdate e -> id(e.guildId());
      case GuildMemberAdd e -> id(e.guildId());
      case GuildMemberRemove e -> id(e.guildId());
      case GuildMemberUpdate e -> id(e.guildId());
      case GuildMembersChunk e -> id(e.guildId());
      case GuildRoleCreate e -> id(e.guildId());
      case GuildRoleDelete e -> id(e.guildId());
      case GuildRoleUpdate e -> id(e.guildId());
      case GuildScheduledEventCreate e -> id(e.scheduledEvent().guildId());
      case GuildScheduledEventDelete e -> id(e.scheduledEvent().guildId());
      case GuildScheduledEventUpdate e -> id(e.scheduledEvent().guildId());
      case GuildScheduledEventUserAdd e -> id(e.guildId());
      case GuildScheduledEventUserRemove e -> id(e.guildId());
      case GuildSoundboardSoundCreate e -> id(e.sound().guildId());
      case GuildSoundboardSoundDelete e -> id(e.guildId());
      case GuildSoundboardSoundUpdate e -> id(e.sound().guildId());
      case GuildSoundboardSoundsUpdate e -> id(e.guildId());
      case GuildStickersUpdate e -> id(e.guildId());
      case GuildUpdate e -> id(e.guild().id());
      case IntegrationCreate e -> id(e.guildId());
      case IntegrationDelete e -> id(e.guildId());
      case IntegrationUpdate e -> id(e.guildId());
      case InteractionCreate e -> id(e.interaction().guildId());
      case InviteCreate e -> id(e.guildId());
      case InviteDelete e -> id(e.guildId());
      case MessageCreate e -> id(e.guildId());
      case MessageDelete e -> id(e.guildId());
      case MessageDeleteBulk e -> id(e.guildId());
      case MessagePollVoteAdd e -> id(e.guildId());
      case MessagePollVoteRemove e -> id(e.guildId());
      case MessageReactionAdd e -> id(e.guildId());
      case MessageReactionRemove e -> id(e.guildId());
      case MessageReactionRemoveAll e -> id(e.guildId());
      case MessageReactionRemoveEmoji e -> id(e.guildId());
      case MessageUpdate e -> id(e.message().guildId());
      case PresenceUpdate e -> id(e.presence().guildId());
      case RateLimited e -> e.requestGuildMembers().map(meta -> meta.guildId().value()).orElse(0L);
      case SoundboardSounds e -> id(e.guildId());
      case StageInstanceCreate e -> id(e.stageInstance().guildId());
      case StageInstanceDelete e -> id(e.stageInstance().guildId());
      case StageInstanceUpdate e -> id(e.stageInstance().guildId());
      case ThreadCreate e -> id(e.thread().guildId());
      case ThreadDelete e -> id(e.thread().guildId());
      case ThreadListSync e -> id(e.guildId());
      case ThreadMemberUpdate e -> id(e.guildId());
      case ThreadMembersUpdate e -> id(e.guildId());
      case ThreadUpdate e -> id(e.thread().guildId());
      case TypingStart e -> id(e.guildId());
      case VoiceChannelEffectSend e -> id(e.guildId());
      case VoiceChannelStartTimeUpdate e -> id(e.guildId());
      case VoiceChannelStatusUpdate e -> id(e.guildId());
      case VoiceServerUpdate e -> id(e.guildId());
      case VoiceStateUpdate e -> id(e.voiceState().guildId());
      case WebhooksUpdate e -> id(e.guildId());
      case HeartbeatAck e -> 0;
      case HeartbeatRequest e -> 0;
      case Hello e -> 0;
      case InvalidSession e -> 0;
      case Ready e -> 0;
      case Reconnect e -> 0;
      case Resumed e -> 0;
      case SubscriptionCreate e -> 0;
      case SubscriptionDelete e -> 0;
      case SubscriptionUpdate e -> 0;
      case UserUpdate e -> 0;
    };
  }

  private static long rateLimitedGuild(RateLimited limited) {
    try {
      return limited.requestGuildMembers().map(meta -> meta.guildId().value()).orElse(0L);
    } catch (RuntimeException unreadableMeta) {
      // The meta is read lazily; a shape the model does not know must not break process().
      return 0;
    }
  }

  private static long id(Id<GuildMarker> id) {
    return id.value();
  }

  private static long id(Optional<Id<GuildMarker>> id) {
    return id.isPresent() ? id.get().value() : 0;
  }
}
