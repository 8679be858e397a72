/** Checks of stage instance fields (resources/stage-instance). */
package dev.gloam.validate.stage;
