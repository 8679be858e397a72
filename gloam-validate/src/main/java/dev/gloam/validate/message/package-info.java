/** Checks of message fields: content, nonce, stickers, attachments, mentions and bulk deletes. */
package dev.gloam.validate.message;
