package dev.gloam.model.voice;

/**
 * A region of Discord's voice servers. Maps Discord's "Voice Region Object" (resources/voice).
 *
 * @param id the region's id, as used in a channel's {@code rtc_region}
 * @param name the region's name
 * @param optimal whether this is the region closest to the current user's client
 * @param deprecated whether the region is deprecated and should not be chosen
 * @param custom whether the region is a custom one, for events and the like
 */
public record VoiceRegion(
    String id, String name, boolean optimal, boolean deprecated, boolean custom) {}
