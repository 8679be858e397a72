package dev.gloam.testkit.internal.gateway;

/**
 * A session started by a successful IDENTIFY.
 *
 * @param sessionId the id sent in READY
 * @param intents the intents the client asked for
 * @param shard the shard the client identified as
 */
public record GatewaySession(String sessionId, long intents, ShardInfo shard) {}
