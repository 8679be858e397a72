/**
 * The identify queue interface, the session start limit it keeps ({@link
 * dev.gloam.gateway.queue.SessionStartLimit}) and the in-memory implementation. Maps the "Sharding"
 * (max concurrency) and "Session Start Limit Object" sections of Discord's gateway page
 * (events/gateway).
 */
package dev.gloam.gateway.queue;
