package dev.gloam.model.guild;

import java.util.List;
import java.util.Optional;

/**
 * The screen a Community guild shows to new members. Maps Discord's "Welcome Screen Object"
 * (resources/guild).
 *
 * @param description the guild description shown on the screen, if any
 * @param welcomeChannels the channels the screen suggests, at most five
 */
public record WelcomeScreen(
    Optional<String> description, List<WelcomeScreenChannel> welcomeChannels) {}
