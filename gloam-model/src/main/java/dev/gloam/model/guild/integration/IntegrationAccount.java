package dev.gloam.model.guild.integration;

/**
 * The account an integration connects, on its service. Maps Discord's "Integration Account Object"
 * (resources/guild).
 *
 * @param id the account's id on the service (not a Discord snowflake for Twitch and YouTube)
 * @param name the account's name
 */
public record IntegrationAccount(String id, String name) {}
