/**
 * Paces the IDENTIFYs of a bot's gateway shards: the {@link dev.gloam.gateway.queue.IdentifyQueue}
 * interface that a shard asks before each IDENTIFY, and an in-memory implementation shared by the
 * shards of one process. It depends on nothing, so a queue shared by several processes can
 * implement the same interface without pulling in the gateway.
 */
module dev.gloam.gateway.queue {
  exports dev.gloam.gateway.queue;
}
