/**
 * The public face of the offline Discord: {@link dev.gloam.testkit.OfflineDiscord} starts the
 * servers and lets a test act as a human user, wait for the bot and read what went over the wire.
 * Everything under {@code dev.gloam.testkit.internal} is an implementation detail and not exported.
 */
package dev.gloam.testkit;
