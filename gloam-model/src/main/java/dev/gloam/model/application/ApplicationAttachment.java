package dev.gloam.model.application;

import dev.gloam.model.channel.message.attachment.Attachment;

/**
 * A file an application uploaded for its Activity, answered by "Upload Application Attachment"
 * ({@code POST /applications/{application.id}/attachment}, in Discord's OpenAPI description).
 *
 * @param attachment the stored file, with the URL it can be fetched from
 */
public record ApplicationAttachment(Attachment attachment) {}
