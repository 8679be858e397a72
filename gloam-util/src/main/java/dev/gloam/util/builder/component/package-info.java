/**
 * Builders of message and modal components (components/reference), each producing the model's
 * record from {@code dev.gloam.model.channel.message.component} and checking it with
 * gloam-validate's {@code ComponentChecks}.
 *
 * <ul>
 *   <li>Interactive: {@link dev.gloam.util.builder.component.ButtonBuilder}, {@link
 *       dev.gloam.util.builder.component.StringSelectBuilder} (with {@link
 *       dev.gloam.util.builder.component.SelectOptionBuilder}), {@link
 *       dev.gloam.util.builder.component.UserSelectBuilder}, {@link
 *       dev.gloam.util.builder.component.RoleSelectBuilder}, {@link
 *       dev.gloam.util.builder.component.MentionableSelectBuilder}, {@link
 *       dev.gloam.util.builder.component.ChannelSelectBuilder}, in an {@link
 *       dev.gloam.util.builder.component.ActionRowBuilder}.
 *   <li>Components V2 (messages with the {@code IS_COMPONENTS_V2} flag, see {@link
 *       dev.gloam.util.builder.component.ComponentsV2}): {@link
 *       dev.gloam.util.builder.component.SectionBuilder}, {@link
 *       dev.gloam.util.builder.component.TextDisplayBuilder}, {@link
 *       dev.gloam.util.builder.component.ThumbnailBuilder}, {@link
 *       dev.gloam.util.builder.component.MediaGalleryBuilder}, {@link
 *       dev.gloam.util.builder.component.FileComponentBuilder}, {@link
 *       dev.gloam.util.builder.component.SeparatorBuilder}, {@link
 *       dev.gloam.util.builder.component.ContainerBuilder}, with media from {@link
 *       dev.gloam.util.builder.component.MediaSource}.
 *   <li>Modals: {@link dev.gloam.util.builder.component.LabelBuilder} around a {@link
 *       dev.gloam.util.builder.component.TextInputBuilder text input}, a select menu, a {@link
 *       dev.gloam.util.builder.component.FileUploadBuilder file upload}, a {@link
 *       dev.gloam.util.builder.component.RadioGroupBuilder radio group}, a {@link
 *       dev.gloam.util.builder.component.CheckboxGroupBuilder checkbox group} or a {@link
 *       dev.gloam.util.builder.component.CheckboxBuilder checkbox}.
 *   <li>Whole lists: {@link dev.gloam.util.builder.component.MessageComponentsBuilder} and {@link
 *       dev.gloam.util.builder.component.ModalComponentsBuilder}, which check what only the whole
 *       message or modal shows (totals, unique {@code custom_id}s).
 * </ul>
 *
 * <p>Builders are not thread-safe. Setters check their value at once, {@code build()} checks the
 * component as a whole; both throw gloam-validate's {@code ValidationException} with the field's
 * path relative to the builder.
 */
package dev.gloam.util.builder.component;
