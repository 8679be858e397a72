/** Channels and threads. Maps Discord's resources/channel section. */
package dev.gloam.model.channel;
