package dev.gloam.model.gateway.connection;

/**
 * Where to connect to the gateway, from {@code GET /gateway}, which needs no token. Maps Discord's
 * "Get Gateway" response (events/gateway); bots use {@link BotConnectionInfo} instead.
 *
 * @param url the WebSocket URL to connect to (without query parameters)
 */
public record ConnectionInfo(String url) {}
