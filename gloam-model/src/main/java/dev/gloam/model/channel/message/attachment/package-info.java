/**
 * Files attached to messages, as Discord reports them and as a request describes them. Maps the
 * attachment objects of Discord's resources/message section.
 */
package dev.gloam.model.channel.message.attachment;
