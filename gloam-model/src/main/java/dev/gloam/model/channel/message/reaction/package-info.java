/** Reactions to messages. Maps the reaction objects of Discord's resources/message section. */
package dev.gloam.model.channel.message.reaction;
