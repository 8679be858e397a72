/**
 * Threads: their metadata, their members and thread listings. Maps the thread-related objects of
 * Discord's resources/channel section and topics/threads.
 */
package dev.gloam.model.channel.thread;
