/** Checks of the fields of guild template requests (resources/guild-template). */
package dev.gloam.validate.template;
