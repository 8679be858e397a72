/** The JSON codec of the model and the partial parser for gateway payloads. */
package dev.gloam.model.json;
