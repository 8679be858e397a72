/** Polls attached to messages. Maps Discord's resources/poll section. */
package dev.gloam.model.channel.message.poll;
