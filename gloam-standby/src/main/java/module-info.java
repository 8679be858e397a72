/** Waits for gateway events that match a predicate: once as a future, or as a stream. */
module dev.gloam.standby {
  requires transitive dev.gloam.model;
}
