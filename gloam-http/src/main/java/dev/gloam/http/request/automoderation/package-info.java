/** Requests for the auto moderation rules of a guild (resources/auto-moderation). */
package dev.gloam.http.request.automoderation;
