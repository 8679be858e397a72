/**
 * The public face of the offline Discord: {@link dev.gloam.testkit.OfflineDiscord} starts the
 * servers and lets a test act as a human user, wait for the bot and read what went over the wire.
 * Everything under {@code dev.gloam.testkit.internal} is an implementation detail and not exported.
 *
 * <h2>Building a test world</h2>
 *
 * <p>Besides its default guild, a test builds the guilds it needs with {@link
 * dev.gloam.testkit.OfflineDiscord#newGuild(String)} and changes them with {@link
 * dev.gloam.testkit.OfflineDiscord#addChannel addChannel}, {@link
 * dev.gloam.testkit.OfflineDiscord#addRole addRole}, {@link
 * dev.gloam.testkit.OfflineDiscord#addMember addMember}, {@link
 * dev.gloam.testkit.OfflineDiscord#addMembers addMembers}, {@link
 * dev.gloam.testkit.OfflineDiscord#giveRole giveRole}, {@link
 * dev.gloam.testkit.OfflineDiscord#setBotPermissions setBotPermissions} and {@link
 * dev.gloam.testkit.OfflineDiscord#removeGuild removeGuild}. Connected sessions get the events
 * Discord sends for each change.
 *
 * <pre>{@code
 * CreatedGuild guild =
 *     discord
 *         .newGuild("big guild")
 *         .textChannel("general")
 *         .role("mods", Permission.KICK_MEMBERS)
 *         .members(100_000)
 *         .create();
 * long general = guild.channelId("general");
 * discord.setBotPermissions(guild.id(), Permission.of(Permission.VIEW_CHANNEL));
 * }</pre>
 */
package dev.gloam.testkit;
