/**
 * Checks of the fields of guild requests: the guild's settings, prune, widget, welcome screen,
 * onboarding, join requests, message search, guild channels and the audit log query
 * (resources/guild, resources/audit-log, resources/message).
 */
package dev.gloam.validate.guild;
