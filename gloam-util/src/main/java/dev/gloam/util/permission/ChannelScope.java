package dev.gloam.util.permission;

import static dev.gloam.model.guild.Permissions.ADD_REACTIONS;
import static dev.gloam.model.guild.Permissions.ATTACH_FILES;
import static dev.gloam.model.guild.Permissions.BYPASS_SLOWMODE;
import static dev.gloam.model.guild.Permissions.CONNECT;
import static dev.gloam.model.guild.Permissions.CREATE_EVENTS;
import static dev.gloam.model.guild.Permissions.CREATE_INSTANT_INVITE;
import static dev.gloam.model.guild.Permissions.CREATE_PRIVATE_THREADS;
import static dev.gloam.model.guild.Permissions.CREATE_PUBLIC_THREADS;
import static dev.gloam.model.guild.Permissions.DEAFEN_MEMBERS;
import static dev.gloam.model.guild.Permissions.EMBED_LINKS;
import static dev.gloam.model.guild.Permissions.MANAGE_CHANNELS;
import static dev.gloam.model.guild.Permissions.MANAGE_EVENTS;
import static dev.gloam.model.guild.Permissions.MANAGE_MESSAGES;
import static dev.gloam.model.guild.Permissions.MANAGE_ROLES;
import static dev.gloam.model.guild.Permissions.MANAGE_THREADS;
import static dev.gloam.model.guild.Permissions.MANAGE_WEBHOOKS;
import static dev.gloam.model.guild.Permissions.MENTION_EVERYONE;
import static dev.gloam.model.guild.Permissions.MOVE_MEMBERS;
import static dev.gloam.model.guild.Permissions.MUTE_MEMBERS;
import static dev.gloam.model.guild.Permissions.PIN_MESSAGES;
import static dev.gloam.model.guild.Permissions.PRIORITY_SPEAKER;
import static dev.gloam.model.guild.Permissions.READ_MESSAGE_HISTORY;
import static dev.gloam.model.guild.Permissions.REQUEST_TO_SPEAK;
import static dev.gloam.model.guild.Permissions.SEND_MESSAGES;
import static dev.gloam.model.guild.Permissions.SEND_MESSAGES_IN_THREADS;
import static dev.gloam.model.guild.Permissions.SEND_POLLS;
import static dev.gloam.model.guild.Permissions.SEND_TTS_MESSAGES;
import static dev.gloam.model.guild.Permissions.SEND_VOICE_MESSAGES;
import static dev.gloam.model.guild.Permissions.SET_VOICE_CHANNEL_STATUS;
import static dev.gloam.model.guild.Permissions.SPEAK;
import static dev.gloam.model.guild.Permissions.STREAM;
import static dev.gloam.model.guild.Permissions.USE_APPLICATION_COMMANDS;
import static dev.gloam.model.guild.Permissions.USE_EMBEDDED_ACTIVITIES;
import static dev.gloam.model.guild.Permissions.USE_EXTERNAL_APPS;
import static dev.gloam.model.guild.Permissions.USE_EXTERNAL_EMOJIS;
import static dev.gloam.model.guild.Permissions.USE_EXTERNAL_SOUNDS;
import static dev.gloam.model.guild.Permissions.USE_EXTERNAL_STICKERS;
import static dev.gloam.model.guild.Permissions.USE_SOUNDBOARD;
import static dev.gloam.model.guild.Permissions.USE_VAD;
import static dev.gloam.model.guild.Permissions.VIEW_CHANNEL;

import dev.gloam.model.channel.ChannelType;
import dev.gloam.model.guild.Permissions;

/**
 * Which permissions apply in which kind of channel: the "Channel Type" column of Discord's table of
 * permission flags (topics/permissions), where T is text, announcement, forum and media channels, V
 * voice channels and S stage channels. A permission with no channel type there is guild-wide.
 */
enum ChannelScope {
  TEXT(
      Shared.ALL_KINDS.with(
          MANAGE_THREADS,
          CREATE_PUBLIC_THREADS,
          CREATE_PRIVATE_THREADS,
          SEND_MESSAGES_IN_THREADS,
          USE_EMBEDDED_ACTIVITIES,
          PIN_MESSAGES)),
  VOICE(
      Shared.ALL_KINDS.with(
          PRIORITY_SPEAKER,
          STREAM,
          CONNECT,
          SPEAK,
          MUTE_MEMBERS,
          DEAFEN_MEMBERS,
          MOVE_MEMBERS,
          USE_VAD,
          MANAGE_EVENTS,
          USE_EMBEDDED_ACTIVITIES,
          USE_SOUNDBOARD,
          CREATE_EVENTS,
          USE_EXTERNAL_SOUNDS,
          SET_VOICE_CHANNEL_STATUS)),
  STAGE(
      Shared.ALL_KINDS.with(
          STREAM,
          CONNECT,
          MUTE_MEMBERS,
          MOVE_MEMBERS,
          REQUEST_TO_SPEAK,
          MANAGE_EVENTS,
          CREATE_EVENTS)),
  // A category's overwrites are synced to channels of every kind; an unknown type loses nothing.
  ANY(Permissions.NONE);

  /** The permissions marked T, V and S alike; a holder, since enum constants come first. */
  private static final class Shared {
    static final Permissions ALL_KINDS =
        CREATE_INSTANT_INVITE.with(
            MANAGE_CHANNELS,
            ADD_REACTIONS,
            VIEW_CHANNEL,
            SEND_MESSAGES,
            SEND_TTS_MESSAGES,
            MANAGE_MESSAGES,
            EMBED_LINKS,
            ATTACH_FILES,
            READ_MESSAGE_HISTORY,
            MENTION_EVERYONE,
            USE_EXTERNAL_EMOJIS,
            MANAGE_ROLES,
            MANAGE_WEBHOOKS,
            USE_APPLICATION_COMMANDS,
            USE_EXTERNAL_STICKERS,
            SEND_VOICE_MESSAGES,
            SEND_POLLS,
            USE_EXTERNAL_APPS,
            BYPASS_SLOWMODE);
  }

  private static final long CHANNEL_BITS = TEXT.bits | VOICE.bits | STAGE.bits;
  private static final long GUILD_WIDE = Permissions.all().bits() & ~CHANNEL_BITS;

  private final long bits;

  ChannelScope(Permissions applicable) {
    this.bits = applicable.bits();
  }

  /** Returns the scope of a guild channel that is not a thread. */
  static ChannelScope of(ChannelType type) {
    if (type.equals(ChannelType.GUILD_TEXT)
        || type.equals(ChannelType.GUILD_ANNOUNCEMENT)
        || type.equals(ChannelType.GUILD_FORUM)
        || type.equals(ChannelType.GUILD_MEDIA)) {
      return TEXT;
    } else if (type.equals(ChannelType.GUILD_VOICE)) {
      return VOICE;
    } else if (type.equals(ChannelType.GUILD_STAGE_VOICE)) {
      return STAGE;
    }
    return ANY;
  }

  /**
   * Keeps the permissions that mean something here: the guild-wide ones and this scope's; for
   * {@link #ANY}, every bit.
   */
  long keep(long permissions) {
    return this == ANY ? permissions : permissions & (GUILD_WIDE | bits);
  }

  /** Whether members chat in this kind of channel (text, and the text chat of voice and stage). */
  boolean hasChat() {
    return this != ANY;
  }

  /** Whether members connect to this kind of channel. */
  boolean hasVoice() {
    return this == VOICE || this == STAGE;
  }

  /** The bits of the permissions that belong to channels of some kind, none guild-wide. */
  static long channelBits() {
    return CHANNEL_BITS;
  }

  /** The bits of the permissions that only a voice or stage connection uses. */
  static long voiceOnlyBits() {
    return (VOICE.bits | STAGE.bits) & ~TEXT.bits;
  }
}
