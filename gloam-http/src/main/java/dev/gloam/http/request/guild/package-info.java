/**
 * Requests for guilds: the guild and its settings, channels, preview, prune, widget, welcome
 * screen, onboarding, incident actions, join requests, message search, integrations and invites
 * (resources/guild).
 */
package dev.gloam.http.request.guild;
