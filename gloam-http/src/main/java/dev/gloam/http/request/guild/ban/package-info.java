/** Requests for bans (resources/guild, "Ban"). */
package dev.gloam.http.request.guild.ban;
