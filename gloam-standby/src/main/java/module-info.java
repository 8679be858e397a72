/**
 * Waits inline for gateway events: {@link dev.gloam.standby.Standby} takes every event from the
 * program's event loop and completes the futures and streams that wait for it (the next reaction on
 * a message, the next message in a channel, every button press on a menu).
 */
module dev.gloam.standby {
  requires transitive dev.gloam.model;

  exports dev.gloam.standby;
}
