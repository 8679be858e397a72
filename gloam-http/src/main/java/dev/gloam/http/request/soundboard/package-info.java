/**
 * Requests for the soundboard sounds of guilds and Discord's default sounds (resources/soundboard).
 */
package dev.gloam.http.request.soundboard;
