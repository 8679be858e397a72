/**
 * Waiting for gateway events: {@link dev.gloam.standby.Standby}, its one-time waits as {@link
 * java.util.concurrent.CompletableFuture}s and its {@link dev.gloam.standby.EventStream}s.
 */
package dev.gloam.standby;
