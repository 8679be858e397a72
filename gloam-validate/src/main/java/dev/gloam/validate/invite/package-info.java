/**
 * Checks of invite fields: lifetime, uses, roles and target users (resources/channel,
 * resources/invite).
 */
package dev.gloam.validate.invite;
