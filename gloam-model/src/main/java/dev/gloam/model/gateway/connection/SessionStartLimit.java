package dev.gloam.model.gateway.connection;

/**
 * The bot's budget of new gateway sessions. Maps Discord's "Session Start Limit Object"
 * (events/gateway).
 *
 * @param total sessions allowed per reset period
 * @param remaining sessions left in this period
 * @param resetAfter milliseconds until the budget resets
 * @param maxConcurrency how many shards may identify in the same 5 seconds
 */
public record SessionStartLimit(int total, int remaining, long resetAfter, int maxConcurrency) {}
