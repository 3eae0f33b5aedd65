package org.careflow.app.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.careflow.app.platform.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every command's authorization checks take the person's groups as given. The engine's own manager
 * drops a group that no grant names, which it can only know by reading every group id of the grants
 * table; a group kept here is the sign that the manager in commands is ours and reads nothing. That
 * the answers stay the same is what TownshipListAuthorizationTest and the jurisdiction suites assert.
 */
class GivenGroupsAuthorizationTest extends PlatformTest {

  @Autowired
  ProcessEngine engine;

  @Test
  void aCommandKeepsTheGroupsAPersonIsInEvenWhereNoGrantNamesThem() {
    List<String> kept = inCommand(manager -> manager.filterAuthenticatedGroupIds(
        List.of("township-hetang", "no-grant-names-this-group", "township-hetang")));

    assertThat(kept).containsExactly("township-hetang", "no-grant-names-this-group");
  }

  @Test
  void aPersonWithoutGroupsIsCheckedWithNone() {
    List<String> ofNone = inCommand(manager -> manager.filterAuthenticatedGroupIds(null));
    List<String> ofEmpty = inCommand(manager -> manager.filterAuthenticatedGroupIds(List.of()));

    assertThat(ofNone).isEmpty();
    assertThat(ofEmpty).isEmpty();
  }

  private <T> T inCommand(java.util.function.Function<AuthorizationManager, T> work) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    Command<T> command = context -> work.apply(context.getAuthorizationManager());
    return configuration.getCommandExecutorTxRequired().execute(command);
  }
}
