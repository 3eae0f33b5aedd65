package org.careflow.app.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.careflow.app.platform.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The completion retry sits in the chain every command runs through, outside the transaction it can run again. */
class CompletionRetryWiringTest extends PlatformTest {

  @Autowired
  ProcessEngine engine;

  @Test
  void theRetryWrapsTheDoorsAndTheTransaction() {
    List<String> chain = new ArrayList<>();
    CommandExecutor link = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
    while (link instanceof CommandInterceptor interceptor) {
      chain.add(interceptor.getClass().getSimpleName());
      link = interceptor.getNext();
    }

    assertThat(chain).contains("CompletionRetry", "CommandDoors", "SpringTransactionInterceptor");
    assertThat(chain.indexOf("CompletionRetry")).isLessThan(chain.indexOf("CommandDoors"))
        .isLessThan(chain.indexOf("SpringTransactionInterceptor"));
  }
}
