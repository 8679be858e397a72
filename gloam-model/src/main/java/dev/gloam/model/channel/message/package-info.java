/** Messages. Maps Discord's resources/message section. */
package dev.gloam.model.channel.message;
