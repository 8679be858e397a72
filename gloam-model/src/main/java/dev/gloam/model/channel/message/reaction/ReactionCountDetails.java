package dev.gloam.model.channel.message.reaction;

/**
 * How many of a message's reactions with one emoji are normal and how many are super reactions.
 * Maps Discord's "Reaction Count Details Object" (resources/message).
 *
 * @param burst the number of super reactions
 * @param normal the number of normal reactions
 */
public record ReactionCountDetails(int burst, int normal) {}
