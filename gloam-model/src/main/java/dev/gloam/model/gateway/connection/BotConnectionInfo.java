package dev.gloam.model.gateway.connection;

/**
 * Where and how a bot should connect to the gateway, from {@code GET /gateway/bot}. Maps Discord's
 * "Get Gateway Bot" response (events/gateway).
 *
 * @param url the WebSocket URL to connect to (without query parameters)
 * @param shards the number of shards Discord recommends
 * @param sessionStartLimit how many sessions the bot may still start
 */
public record BotConnectionInfo(String url, int shards, SessionStartLimit sessionStartLimit) {}
