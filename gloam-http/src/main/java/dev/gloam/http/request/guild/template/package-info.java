/** Requests for guild templates (resources/guild-template). */
package dev.gloam.http.request.guild.template;
