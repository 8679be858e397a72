/**
 * Guild integrations: Twitch, YouTube, applications and role subscriptions. Maps the integration
 * objects of Discord's resources/guild section.
 */
package dev.gloam.model.guild.integration;
