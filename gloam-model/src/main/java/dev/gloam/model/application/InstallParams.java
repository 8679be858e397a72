package dev.gloam.model.application;

import dev.gloam.model.guild.Permissions;
import java.util.List;

/**
 * What an application's default in-app install link asks for. Maps Discord's "Install Params
 * Object" (resources/application).
 *
 * @param scopes the OAuth2 scopes to install the app with, such as {@code bot}
 * @param permissions the permissions to request for the bot's role
 */
public record InstallParams(List<String> scopes, Permissions permissions) {}
