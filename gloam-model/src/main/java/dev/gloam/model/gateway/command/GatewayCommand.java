package dev.gloam.model.gateway.command;

import dev.gloam.model.gateway.OpCode;

/**
 * A payload a client sends to the gateway. {@link dev.gloam.model.json.ModelJson#writeCommand}
 * wraps it as Discord expects: {@code {"op": opcode, "d": this}}.
 */
public sealed interface GatewayCommand
    permits Heartbeat,
        Identify,
        RequestChannelInfo,
        RequestGuildMembers,
        RequestSoundboardSounds,
        Resume,
        UpdatePresence,
        UpdateVoiceState {
  /**
   * Returns the opcode this payload is sent with.
   *
   * @return the opcode
   */
  OpCode opcode();
}
