package dev.gloam.model.monetization;

import static dev.gloam.model.channel.Fixtures.payload;
import static dev.gloam.model.channel.Fixtures.roundTrip;
import static dev.gloam.model.channel.Fixtures.tree;
import static dev.gloam.model.channel.Fixtures.written;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.model.id.Id;
import dev.gloam.model.json.ModelJson;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MonetizationTest {
  @Test
  void entitlementOfAnAppSubscription() {
    Entitlement entitlement = roundTrip(payload("entitlement.json"), Entitlement.class);
    assertThat(entitlement.id()).isEqualTo(Id.parse("1019653849998299136"));
    assertThat(entitlement.skuId()).isEqualTo(Id.parse("1019475255913222144"));
    assertThat(entitlement.applicationId()).isEqualTo(Id.parse("1019370614521200640"));
    assertThat(entitlement.userId()).contains(Id.parse("771129655544643584"));
    assertThat(entitlement.guildId()).contains(Id.parse("1015034326372454400"));
    assertThat(entitlement.type()).isSameAs(EntitlementType.APPLICATION_SUBSCRIPTION);
    assertThat(entitlement.deleted()).isFalse();
    assertThat(entitlement.consumed()).contains(false);
    assertThat(entitlement.startsAt()).contains(Instant.parse("2022-09-14T17:00:18.704163Z"));
    assertThat(entitlement.endsAt()).contains(Instant.parse("2022-10-14T17:00:18.704163Z"));
    // Fields outside the documented structure are not kept.
    assertThat(written(entitlement).has("subscription_id")).isFalse();
  }

  @Test
  void testEntitlementWithoutDatesAndAnUnknownType() {
    String json =
        "{\"id\":\"18446744073709551615\",\"sku_id\":\"2\",\"application_id\":\"3\","
            + "\"type\":12,\"deleted\":true,\"starts_at\":null,\"ends_at\":null}";
    Entitlement entitlement = roundTrip(json, Entitlement.class);
    assertThat(entitlement.type().isKnown()).isFalse();
    assertThat(entitlement.userId()).isEmpty();
    assertThat(entitlement.startsAt()).isEmpty();
    assertThat(ModelJson.write(entitlement)).isEqualTo(json);
  }

  @Test
  void skuWithFlags() {
    Sku sku = roundTrip(payload("sku.json"), Sku.class);
    assertThat(sku.type()).isSameAs(SkuType.SUBSCRIPTION);
    assertThat(sku.name()).isEqualTo("Test Premium");
    assertThat(sku.slug()).isEqualTo("test-premium");
    assertThat(sku.flags()).isEqualTo(SkuFlags.AVAILABLE.with(SkuFlags.GUILD_SUBSCRIPTION));
    assertThat(sku.flags().contains(SkuFlags.USER_SUBSCRIPTION)).isFalse();

    String json =
        "{\"id\":\"1\",\"type\":9,\"application_id\":\"2\",\"name\":\"n\",\"slug\":\"n\","
            + "\"flags\":1025}";
    Sku unknown = roundTrip(json, Sku.class);
    assertThat(unknown.type().name()).isEqualTo("UNKNOWN(9)");
    assertThat(unknown.flags().toString()).isEqualTo("SkuFlags[0x401]");
    assertThat(ModelJson.write(unknown)).isEqualTo(json);
  }

  @Test
  void endingSubscription() {
    String json = payload("subscription.json");
    Subscription subscription = roundTrip(json, Subscription.class);
    assertThat(subscription.status()).isSameAs(SubscriptionStatus.ENDING);
    assertThat(subscription.skuIds()).containsExactly(Id.parse("1158857122189168803"));
    assertThat(Long.toUnsignedString(subscription.entitlementIds().getFirst().value()))
        .isEqualTo("18446744073709551615");
    assertThat(subscription.renewalSkuIds()).isEmpty();
    assertThat(subscription.canceledAt()).contains(Instant.parse("2024-09-01T10:00:00Z"));
    assertThat(subscription.country()).contains("NL");
    assertThat(written(subscription).get("renewal_sku_ids").isNull()).isTrue();
    assertThat(written(subscription).get("entitlement_ids"))
        .isEqualTo(tree(json).get("entitlement_ids"));
  }
}
