/**
 * Checks of auto moderation rule fields: name, trigger metadata by trigger type, actions and
 * exemptions (resources/auto-moderation).
 */
package dev.gloam.validate.automoderation;
