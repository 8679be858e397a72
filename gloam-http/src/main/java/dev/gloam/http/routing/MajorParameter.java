package dev.gloam.http.routing;

/**
 * The top-level resource a route's rate limits are counted per: Discord keeps separate buckets for
 * each channel, guild, webhook or interaction (topics/rate-limits, "Per-resource limits").
 */
public enum MajorParameter {
  /** The route has no top-level resource. */
  NONE,
  /** Limits are per channel ({@code channel.id}). */
  CHANNEL,
  /** Limits are per guild ({@code guild.id}). */
  GUILD,
  /** Limits are per webhook and token. */
  WEBHOOK,
  /** Limits are per interaction token. */
  INTERACTION
}
