/** Requests for guild members and their roles (resources/guild, "Guild Member"). */
package dev.gloam.http.request.guild.member;
