/** Stage instances, the live talks of stage channels. Maps Discord's resources/stage-instance. */
package dev.gloam.model.stage;
