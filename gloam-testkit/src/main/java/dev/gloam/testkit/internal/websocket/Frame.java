package dev.gloam.testkit.internal.websocket;

/**
 * One WebSocket frame, already unmasked.
 *
 * @param fin whether this is the last frame of its message
 * @param opcode the frame's opcode, see {@link Opcodes}
 * @param payload the application data
 */
public record Frame(boolean fin, int opcode, byte[] payload) {}
