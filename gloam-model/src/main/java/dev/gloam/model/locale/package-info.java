/**
 * Locales: the languages of Discord's clients, used by users, guilds, interactions and the
 * localized names and descriptions of commands. Maps the "Locales" table (reference).
 */
package dev.gloam.model.locale;
