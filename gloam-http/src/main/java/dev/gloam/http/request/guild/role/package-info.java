/** Requests for the roles of a guild (resources/guild and topics/permissions, "Role"). */
package dev.gloam.http.request.guild.role;
