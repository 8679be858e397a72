/**
 * Message and modal components: layout, content and interactive components, the records they are
 * built from, and the values a modal submit returns for them. Maps Discord's components section
 * (components/reference, components/using-message-components, components/using-modal-components).
 */
package dev.gloam.model.channel.message.component;
