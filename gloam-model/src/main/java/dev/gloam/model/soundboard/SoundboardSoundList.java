package dev.gloam.model.soundboard;

import java.util.List;

/**
 * A guild's soundboard sounds. Maps the response of Discord's "List Guild Soundboard Sounds"
 * (resources/soundboard).
 *
 * @param items the sounds
 */
public record SoundboardSoundList(List<SoundboardSound> items) {}
