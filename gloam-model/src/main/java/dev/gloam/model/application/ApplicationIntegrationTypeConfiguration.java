package dev.gloam.model.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * The default install settings of one installation context. Maps Discord's "Application Integration
 * Type Configuration Object" (resources/application).
 *
 * @param oauth2InstallParams the scopes and permissions of this context's default install link,
 *     absent when the context has none
 */
public record ApplicationIntegrationTypeConfiguration(
    @JsonProperty("oauth2_install_params") @JsonInclude(Include.NON_ABSENT)
        Optional<InstallParams> oauth2InstallParams) {}
