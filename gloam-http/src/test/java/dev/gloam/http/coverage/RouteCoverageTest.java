package dev.gloam.http.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gloam.http.Client;
import dev.gloam.http.routing.Route;
import dev.gloam.testkit.OfflineDiscord;
import dev.gloam.testkit.RateLimits;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route of the table has a typed request that the offline Discord accepts: each family of
 * requests is sent to a fresh offline Discord, and each route it claims must be answered with a
 * success at least once. Together the families must claim every route, each exactly once.
 */
class RouteCoverageTest {
  /** The families; each adds its calls here. */
  private static final List<RouteCalls> FAMILIES =
      List.of(
          new MessageRouteCalls(),
          new ChannelRouteCalls(),
          new GuildRouteCalls(),
          new ResourceRouteCalls(),
          new ApplicationRouteCalls());

  /** Routes left out on purpose, with the reason. None so far. */
  private static final Map<Route, String> OMISSIONS = Map.of();

  static Stream<RouteCalls> families() {
    return FAMILIES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void everyRouteOfTheFamilyIsAnsweredWithASuccess(RouteCalls family) throws Exception {
    RecordingRateLimiter recorder = new RecordingRateLimiter();
    try (OfflineDiscord discord =
            OfflineDiscord.builder().rateLimits(RateLimits.notEnforced()).start();
        Client client =
            Client.builder()
                .token(discord.botToken())
                .baseUrl(discord.restUrl())
                .rateLimiter(recorder)
                .build()) {
      family.run(new Fixture(discord, client));
    }
    Set<String> missing =
        family.routes().stream()
            .map(Route::key)
            .filter(key -> !recorder.succeeded().contains(key))
            .collect(Collectors.toCollection(TreeSet::new));
    Map<String, Integer> failures = new TreeMap<>(recorder.failed());
    failures.keySet().retainAll(missing);
    assertThat(missing)
        .as("routes never answered with a success (those that failed answered %s)", failures)
        .isEmpty();
  }

  @Test
  void theFamiliesClaimEveryRouteOnce() {
    Map<Route, Integer> claims = new EnumMap<>(Route.class);
    FAMILIES.forEach(
        family -> family.routes().forEach(route -> claims.merge(route, 1, Integer::sum)));
    Set<Route> unclaimed = EnumSet.allOf(Route.class);
    unclaimed.removeAll(claims.keySet());
    unclaimed.removeAll(OMISSIONS.keySet());
    assertThat(unclaimed).as("routes no family calls (%d)", unclaimed.size()).isEmpty();
    assertThat(claims.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey))
        .as("routes claimed by several families")
        .isEmpty();
  }
}
