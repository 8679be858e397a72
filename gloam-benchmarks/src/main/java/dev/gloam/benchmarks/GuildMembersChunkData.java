package dev.gloam.benchmarks;

import dev.gloam.model.guild.Member;
import java.util.List;

/**
 * The part of a GUILD_MEMBERS_CHUNK's {@code d} the benchmark reads, a stand-in until gloam-model
 * has a {@code GuildMembersChunk} event; then the benchmark parses the payload through {@code
 * GatewayEventParser} like the others.
 *
 * @param members the guild's members in this chunk
 * @param chunkIndex the chunk's index, from 0
 * @param chunkCount how many chunks answer the request
 */
public record GuildMembersChunkData(List<Member> members, int chunkIndex, int chunkCount) {}
