package dev.gloam.model.invite;

import dev.gloam.model.guild.Member;
import java.util.List;

/**
 * The live stage an invite once described; deprecated by Discord. Maps Discord's "Invite Stage
 * Instance Object" (resources/invite).
 *
 * @param members the members speaking on the stage (partial members)
 * @param participantCount the number of users on the stage
 * @param speakerCount the number of users speaking
 * @param topic the stage's topic, 1 to 120 characters
 */
public record InviteStageInstance(
    List<Member> members, int participantCount, int speakerCount, String topic) {}
